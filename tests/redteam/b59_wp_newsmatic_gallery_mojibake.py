"""Blind-59 red-team site (part A): a provincial office (สำนักงานจังหวัดยโสธร-like, 2023 / 2566)
on **WordPress 6.3 + BlazeThemes' Newsmatic 1.2** (a free news theme). Built blind (no crawler,
pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Newsmatic's own template tags as vendored in public
repositories (`inc/template-tags.php`: `newsmatic_posted_on()` printing
`span.post-date.posted-on > a > time.entry-date.published[datetime]` plus `time.updated` when the
post was edited, `newsmatic_posted_by()` `span.byline > span.author.vcard`,
`newsmatic_comments_number()` `span.post-comment`, `newsmatic_tags_list()` "Tagged:"), a
child's `content-single.php` (`article > div.post-inner > header.entry-header > h1.entry-title +
div.entry-meta` with author / date / comments / read-time "N mins", `div.entry-content`,
`footer.entry-footer`, `the_post_navigation()` "Previous:" / "Next:" with `span.nav-title`) and the
archive blocks (`h2.post-title`, `div.post-meta`). From memory: WordPress's gallery and table
blocks (`figure.wp-block-gallery.has-nested-images > figure.wp-block-image > img + figcaption`,
`figure.wp-block-table`), the_posts_pagination markup, Shareaholic's `div.shareaholic-canvas`
placeholder, Inline Related Posts' in-text box, the widely copied "getPostViews()" snippet that
prints "1234 Views", the Thai "PDPA Thailand" consent bar, the Facebook comments plugin's
`div.fb-comments`, and the "new.gif" badge filter on `the_title`. No one's code or text copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/pr-news/<id>/` permalinks, `rel=canonical`, `h1.entry-title`, `<time datetime>` with the
  time (always), `time.updated` only on edited posts, "1234 Views" in the meta line, read time;
- **NEW: headlines split over elements: an `<img alt="ใหม่">` "new.gif" badge appended by a
  `the_title` filter on the four newest posts (list and h1), a `<span class="kicker">[ภาพข่าว]</span>`
  typed before the headline of photo-news posts, an emoji "📢" typed into some titles, and the
  corpus's curly quotes printed as `&#8220;` / `&#8221;` entities**;
- **NEW: a highlight box "ไฮไลต์ข่าว" (a Gutenberg group block) at the top of the text on one post
  in three, repeating two sentences of the text as bullet points**;
- **NEW: photo-news posts (ภาพข่าว, one in four): three short paragraphs and a gallery of twelve
  pictures with captions "ภาพกิจกรรมที่ N" and "ดูภาพทั้งหมด 12 ภาพ"**;
- **NEW: double-encoded text: the site's name (blogname) was saved UTF-8-read-as-windows-1252 by
  a database migration, so the header's site title, the `<title>` suffix, `og:site_name` and the
  "ข่าวล่าสุด" widget heading print `à¸ªà¸³...`; the OLDEST post (imported from the old site)
  prints its headline and whole text double-encoded**;
- **NEW: related news as a table inside the text (one post in three): "ข่าวที่เกี่ยวข้อง" heading
  and a `wp-block-table` of dates ("5 ส.ค. 2566") and other posts' titles**;
- Inline Related Posts box "อ่านเพิ่มเติม : <title>" after the second paragraph (one in two);
  child-theme share row "แชร์ข่าวนี้ :", Shareaholic placeholder with `data-title`; sources
  "ที่มา :" / "ข่าว :" / "ข่าว/ภาพ :" / "เรียบเรียง :" / "เครดิต :" (one in six none);
  "Tagged:"; "Previous:" / "Next:" with titles; Newsmatic related "ข่าวที่เกี่ยวข้อง" block;
  Facebook comments plugin with "แสดงความคิดเห็น"; news ticker "Headlines"; PDPA consent bar;
  visitor counter widget;
- listing `/category/pr-news/`, `/category/pr-news/page/2/`, `/page/3/` (8 a page, 24 posts,
  the_posts_pagination numbers + "Next »");
- deleted item (linked from page 2): `/pr-news/3977/`, **200**: a members-only login wall
  "เนื้อหานี้สำหรับสมาชิกเท่านั้น" with a login form.
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
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

SITE_NAME = "สำนักงานจังหวัดยโสธร"
PER = 8
DELETED_ID = 3977
SOURCES = [
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดยโสธร"),
    ("ข่าว", "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด"),
    ("ข่าว/ภาพ", "ฝ่ายอำนวยการ สำนักงานจังหวัดยโสธร"),
    ("เรียบเรียง", "กลุ่มงานบริหารทรัพยากรทั่วไป"),
    ("เครดิต", "ประชาสัมพันธ์อำเภอเมืองยโสธร"),
    None,
]
TAGS = ["ยโสธร", "ผู้ว่าราชการจังหวัด", "บุญบั้งไฟ", "เกษตรอินทรีย์", "ศูนย์ดำรงธรรม", "OTOP"]
HIGHLIGHT = "ไฮไลต์ข่าว"
KICKER = "[ภาพข่าว]"
BADGE_ALT = "ใหม่"
GALLERY_ALL = "ดูภาพทั้งหมด 12 ภาพ"
CAPTION = "ภาพกิจกรรมที่"
REL_TABLE = "ข่าวที่เกี่ยวข้อง"
IRP = "อ่านเพิ่มเติม :"
SHARE = "แชร์ข่าวนี้ :"
COMMENTS = "แสดงความคิดเห็น"
PDPA = "เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
PDPA_BTN = "ยอมรับทั้งหมด"
COUNTER = "สถิติผู้เข้าชม วันนี้ 214 เมื่อวาน 388 ทั้งหมด 1,204,556"
TICKER = "Headlines"
FOOTER = "ศาลากลางจังหวัดยโสธร ถนนแจ้งสนิท ตำบลในเมือง อำเภอเมืองยโสธร จังหวัดยโสธร 35000"
LATEST = "ข่าวล่าสุด"


def mojibake(s: str) -> str:
    """UTF-8 bytes read as windows-1252 (WHATWG: undefined bytes map to U+0080..U+009F)."""
    out = []
    for b in s.encode("utf-8"):
        if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D):
            out.append(chr(b))
        else:
            out.append(bytes([b]).decode("cp1252"))
    return "".join(out)


MOJI_SITE = mojibake(SITE_NAME)
MOJI_LATEST = mojibake(LATEST)


def texturize(s: str) -> str:
    """What WordPress prints for a title: escaped, curly quotes as numeric entities."""
    return esc(s).replace("“", "&#8220;").replace("”", "&#8221;")


def th_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def th_abbr(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year + 543}"


class NewsmaticSite(BaseSite):
    key = "b59_wp_newsmatic_gallery_mojibake"
    family = "wordpress"
    imitates = (
        "provincial office on WordPress 6.3 + Newsmatic: headlines split by a new.gif badge, "
        "a [ภาพข่าว] kicker span, emoji and quote entities; a highlight box repeating the text; "
        "photo-news galleries; a double-encoded blogname and one double-encoded old post; "
        "related news as a table in the text"
    )
    listing_path = "/category/pr-news/"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2023, 8, 30, 17, 0, tzinfo=TZ), offset=5
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 4102 - i * 5 - (i % 3)
            a.path = f"/pr-news/{a.id}/"
            a.time_printed = True  # <time datetime> always carries the time
            if i % 3 == 0:
                a.modified = None
            a.views = 57 + (i * 331 + 89) % 3900
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(1 + i % 3)] if i % 5 != 4 else []
            a.extra["photo"] = i % 4 == 2
            if a.extra["photo"]:
                a.paras = a.paras[:3]
            a.extra["emoji"] = i % 5 == 3 and not a.extra["photo"] and i != n - 1
            if a.extra["emoji"]:
                a.title = "📢 " + a.title
            a.extra["badge"] = i < 4
            a.extra["highlight"] = i % 3 == 0 and not a.extra["photo"]
            a.extra["reltable"] = i % 3 == 1
            a.extra["irp"] = i % 2 == 1 and not a.extra["photo"]
            a.extra["moji"] = i == n - 1
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id
        self.pages = paginate(arts, PER)
        assert [len(p) for p in self.pages] == [8, 8, 8]

    def listing_pages(self):
        return [self.listing_path] + [
            f"/category/pr-news/page/{k}/" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [f"/pr-news/{DELETED_ID}/"]

    # ------------------------------------------------------------------ helpers
    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 5, 9)]

    def table_related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 7, 12)]

    def irp_pick(self, a):
        i = self.articles.index(a)
        return self.articles[(i + 6) % len(self.articles)]

    def text_title(self, a) -> str:
        return mojibake(a.title) if a.extra["moji"] else a.title

    def title_html(self, a, in_list=False) -> str:
        t = texturize(self.text_title(a))
        if a.extra["photo"]:
            t = f'<span class="kicker" style="color:#c0392b">{KICKER}</span> ' + t
        if a.extra["badge"]:
            t += ' <img class="new-post-badge" src="/wp-content/uploads/2019/04/new.gif" alt="ใหม่" width="28" height="11" />'
        return t

    def doc_title(self, a) -> str:
        t = self.text_title(a)
        if a.extra["photo"]:
            t = KICKER + " " + t
        return texturize(t)

    def posted_on(self, a) -> str:
        d = a.published
        t = f'<time class="entry-date published{"" if a.modified else " updated"}" datetime="{d.isoformat()}">{th_date(d)}</time>'
        if a.modified:
            t += f'<time class="updated" datetime="{a.modified.isoformat()}">{th_date(a.modified)}</time>'
        return f'<span class="post-date posted-on published"><a href="{a.path}" rel="bookmark">{t}</a></span>'

    # ------------------------------------------------------------------ shell
    def shell(self, doc_title, body_class, content, canonical="", og=""):
        ticker = "".join(
            f'<li class="ticker-item"><figure class="feature_image"><a href="{x.path}"><img src="/wp-content/uploads/2023/08/{x.id}-150x150.jpg" alt="" /></a></figure><div class="title-wrap"><h2 class="post-title"><a href="{x.path}">{texturize(self.text_title(x))}</a></h2></div></li>'
            for x in self.articles[:5]
        )
        latest = "".join(
            f'<li><a href="{x.path}">{texturize(self.text_title(x))}</a> <span class="post-date">{th_date(x.published)}</span></li>'
            for x in self.articles[:5]
        )
        canon = f'<link rel="canonical" href="{canonical}" />' if canonical else ""
        return f"""<!doctype html>
<html lang="th" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{doc_title} &#8211; {esc(MOJI_SITE)}</title>
{canon}
<meta property="og:locale" content="th_TH" />
<meta property="og:site_name" content="{esc(MOJI_SITE)}" />
{og}
<link rel='stylesheet' id='newsmatic-style-css' href='/wp-content/themes/newsmatic/style.css?ver=1.2.8' media='all' />
<link rel='stylesheet' id='shareaholic-css' href='/wp-content/plugins/shareaholic/assets/css/shareaholic.css?ver=9.7.8' media='all' />
<script src='/wp-includes/js/jquery/jquery.min.js?ver=3.7.0' id='jquery-core-js'></script>
<meta name="generator" content="WordPress 6.3.1" />
</head>
<body class="{body_class} newsmatic-title-two newsmatic-image-hover--effect-none site-full-width--layout right-sidebar">
<div id="page" class="site">
<a class="skip-link screen-reader-text" href="#primary">Skip to content</a>
<div class="newsmatic_ovelay_div"></div>
<header id="masthead" class="site-header layout--default layout--one">
<div class="top-header"><div class="newsmatic-container"><div class="row">
<div class="top-ticker-news"><span class="ticker-label">{TICKER}</span><ul class="ticker-item-wrap">{ticker}</ul></div>
</div></div></div>
<div class="main-header"><div class="site-branding-section"><div class="newsmatic-container"><div class="row">
<div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img width="90" height="90" src="/wp-content/uploads/2021/03/logo-yasothon.png" class="custom-logo" alt="{esc(MOJI_SITE)}" /></a>
<p class="site-title"><a href="/" rel="home">{esc(MOJI_SITE)}</a></p><p class="site-description">Yasothon Provincial Office</p></div>
</div></div></div>
<div class="menu-section"><div class="newsmatic-container"><div class="row"><nav id="site-navigation" class="main-navigation hover-effect--none"><ul id="header-menu" class="menu">
<li class="menu-item"><a href="/">หน้าหลัก</a></li><li class="menu-item"><a href="/about/">เกี่ยวกับจังหวัด</a></li><li class="menu-item current-menu-item"><a href="/category/pr-news/">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/category/procurement/">จัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li></ul></nav></div></div></div>
</div>
</header>
<div id="theme-content">
<main id="primary" class="site-main"><div class="newsmatic-container"><div class="row">
<div class="primary-content">
{content}
</div>
<div class="secondary-sidebar"><aside id="secondary" class="widget-area">
<section id="block-4" class="widget widget_block"><h2 class="widget-title">{esc(MOJI_LATEST)}</h2><ul class="wp-block-latest-posts__list">{latest}</ul></section>
<section id="tag_cloud-2" class="widget widget_tag_cloud"><h2 class="widget-title"><span>แท็ก</span></h2><div class="tagcloud">{"".join(f'<a href="/tag/{quote(t)}/" class="tag-cloud-link">{esc(t)}</a>' for t in TAGS)}</div></section>
<section id="vtrts-2" class="widget widget_vtrts"><h2 class="widget-title"><span>สถิติผู้เข้าชม</span></h2><p class="vtrts-counter">{COUNTER}</p></section>
</aside></div>
</div></div></main>
</div>
<footer class="site-footer dark_bk"><div class="bottom-footer"><div class="newsmatic-container"><div class="row">
<div class="site-info">{esc(MOJI_SITE)} {FOOTER} โทร. 0 4571 2404<br />Newsmatic - Modern WordPress Theme. All Rights Reserved 2023. Powered By <a href="https://blazethemes.com/">BlazeThemes</a>.</div>
</div></div></div></footer>
<div id="newsmatic-scroll-to-top" class="align--right"><span class="icon-text">Top</span></div>
</div>
<div class="dpdpa--popup dpdpa--popup-bottom" role="dialog"><div class="dpdpa--popup-container"><div class="dpdpa--popup-text"><p>{PDPA} <a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a></p></div><div class="dpdpa--popup-action"><a href="#" class="dpdpa--popup-button" id="dpdpa--popup-accept-all">{PDPA_BTN}</a> <a href="#" class="dpdpa--popup-settings">ตั้งค่าคุกกี้</a></div></div></div>
<script src='/wp-content/themes/newsmatic/assets/js/theme.js?ver=1.2.8' id='newsmatic-theme-js'></script>
<script>window.fbAsyncInit=function(){{FB.init({{appId:'316543208889',xfbml:true,version:'v17.0'}});}};</script>
<script async defer crossorigin="anonymous" src="https://connect.facebook.net/th_TH/sdk.js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def pagination(self, n):
        total = len(self.pages)

        def url(k):
            return "/category/pr-news/" if k == 1 else f"/category/pr-news/page/{k}/"

        links = []
        if n > 1:
            links.append(f'<a class="prev page-numbers" href="{url(n - 1)}">&laquo; Previous</a>')
        for k in range(1, total + 1):
            if k == n:
                links.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
            else:
                links.append(f'<a class="page-numbers" href="{url(k)}">{k}</a>')
        if n < total:
            links.append(f'<a class="next page-numbers" href="{url(n + 1)}">Next &raquo;</a>')
        return (
            '<nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation</h2><div class="nav-links">'
            + "\n".join(links)
            + "</div></nav>"
        )

    def list_row(self, a):
        first = a.paras[0]
        if a.extra["moji"]:
            first = mojibake(first)
        excerpt = esc(" ".join(first.split(" ")[:12])) + " [&hellip;]"
        return f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-pr-news">
<div class="blaze_box_wrap newsmatic-card">
<figure class="post-thumb-wrap"><a href="{a.path}" title="{esc(self.text_title(a))}"><img width="600" height="400" src="/wp-content/uploads/2023/08/{a.id}-600x400.jpg" class="attachment-newsmatic-list size-newsmatic-list wp-post-image" alt="" decoding="async" loading="lazy" /></a>
<ul class="post-categories"><li class="cat-item cat-3"><a href="/category/pr-news/" rel="category tag">ข่าวประชาสัมพันธ์</a></li></ul></figure>
<div class="bmm-post-content-wrap"><header class="entry-header"><h2 class="entry-title"><a href="{a.path}" rel="bookmark">{self.title_html(a, True)}</a></h2></header>
<div class="entry-meta"><span class="byline"> <span class="author vcard"><a class="url fn n author_name" href="/author/pryaso/">pryaso</a></span></span>{self.posted_on(a)}<a href="{a.path}#comments"><span class="post-comment">0</span></a></div>
<div class="entry-content"><p>{excerpt}</p></div>
<a class="post-link-button" href="{a.path}">อ่านต่อ <i class="fas fa-angle-right"></i></a></div>
</div></article>"""

    def render_list(self, n):
        rows = [self.list_row(a) for a in self.pages[n - 1]]
        if n == 2:
            d = self.pages[1][3].published - dt.timedelta(hours=3)
            rows.insert(
                4,
                f"""<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-pr-news">
<div class="blaze_box_wrap newsmatic-card"><div class="bmm-post-content-wrap"><header class="entry-header"><h2 class="entry-title"><a href="/pr-news/{DELETED_ID}/" rel="bookmark">ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการคัดเลือก (เฉพาะเจ้าหน้าที่)</a></h2></header>
<div class="entry-meta"><span class="post-date posted-on published"><a href="/pr-news/{DELETED_ID}/" rel="bookmark"><time class="entry-date published updated" datetime="{d.isoformat()}">{th_date(d)}</time></a></span></div>
<div class="entry-content"><p>เนื้อหานี้สำหรับสมาชิกเท่านั้น [&hellip;]</p></div></div></div></article>""",
            )
        content = f"""<div class="newsmatic-breadcrumb-wrap"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><ul class="trail-items"><li class="trail-item trail-begin"><a href="/"><span>หน้าหลัก</span></a></li><li class="trail-item trail-end"><span>ข่าวประชาสัมพันธ์</span></li></ul></nav></div>
<header class="page-header"><h1 class="page-title newsmatic-block-title">หมวดหมู่: <span>ข่าวประชาสัมพันธ์</span></h1></header>
<div class="post-inner-wrapper news-list-wrap">
{chr(10).join(rows)}
</div>
{self.pagination(n)}"""
        title = "ข่าวประชาสัมพันธ์" + ("" if n == 1 else f" &#8211; หน้า {n}")
        return self.html_response(
            self.shell(title, "archive category category-pr-news category-3 hfeed", content)
        )

    # ------------------------------------------------------------------ article
    def highlight(self, a):
        pts = []
        for p in a.paras[:2]:
            cut = p.find(" ", 70)
            pts.append(p if cut < 0 else p[:cut])
        lis = "".join(f"<li>{esc(s)}</li>" for s in pts)
        return f"""<div class="wp-block-group highlight-box has-pale-cyan-blue-background-color has-background is-layout-flow wp-block-group-is-layout-flow">
<h4 class="wp-block-heading">📌 {HIGHLIGHT}</h4>
<ul>{lis}</ul>
</div>"""

    def gallery(self, a):
        figs = "\n".join(
            f'<figure class="wp-block-image size-large"><img decoding="async" loading="lazy" width="1024" height="683" src="/wp-content/uploads/2023/08/{a.id}-{k:02d}-1024x683.jpg" alt="" class="wp-image-{a.id * 20 + k}" /><figcaption class="wp-element-caption">{CAPTION} {k}</figcaption></figure>'
            for k in range(1, 13)
        )
        return f"""<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-{a.id} is-layout-flex wp-block-gallery-is-layout-flex">
{figs}
</figure>
<p class="has-text-align-center"><a href="/wp-content/uploads/2023/08/{a.id}-album/">{GALLERY_ALL}</a></p>"""

    def irp_box(self, a):
        x = self.irp_pick(a)
        return f"""<div class="irp-box" style="border-left:4px solid #e67e22;padding:8px 12px;margin:12px 0"><span class="irp-cta">{IRP}</span> <a class="irp-title" href="{x.path}">{texturize(self.text_title(x))}</a></div>"""

    def rel_table(self, a):
        rows = "".join(
            f'<tr><td>{th_abbr(x.published)}</td><td><a href="{x.path}">{texturize(self.text_title(x))}</a></td></tr>'
            for x in self.table_related(a)
        )
        return f"""<h4 class="wp-block-heading"><strong>{REL_TABLE}</strong></h4>
<figure class="wp-block-table is-style-stripes"><table><thead><tr><th>วันที่</th><th>เรื่อง</th></tr></thead><tbody>{rows}</tbody></table></figure>"""

    def body_html(self, a, base):
        out = []
        if a.extra["highlight"]:
            out.append(self.highlight(a))
        for k, p in enumerate(a.paras):
            text = mojibake(p) if a.extra["moji"] else p
            out.append(f"<p>{esc(text)}</p>")
            if k == 1 and a.extra["irp"]:
                out.append(self.irp_box(a))
        if a.extra["photo"]:
            out.append(self.gallery(a))
        if a.source:
            label, src = a.extra["label"], a.source
            if a.extra["moji"]:
                label, src = mojibake(label), mojibake(src)
            out.append(f"<p><strong>{esc(label)} :</strong> {esc(src)}</p>")
        if a.extra["reltable"]:
            out.append(self.rel_table(a))
        url = quote(f"{base}{a.path}", safe="")
        out.append(
            f"""<div class="share-row">{SHARE} <a href="https://www.facebook.com/sharer/sharer.php?u={url}" target="_blank" rel="noopener">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={url}" target="_blank" rel="noopener">LINE</a> <a href="https://twitter.com/intent/tweet?url={url}" target="_blank" rel="noopener">X</a></div>
<div style='display:none' class='shareaholic-canvas' data-app='share_buttons' data-title='{esc(self.text_title(a))}' data-link='{base}{a.path}' data-app-id-name='post_below_content'></div>"""
        )
        return "\n".join(out)

    def render_article(self, a, base):
        older, newer = self.neighbours(a)
        words = sum(len(p) for p in a.paras) // 600 + 1
        tags = ""
        if a.tags:
            tags = (
                '<span class="tags-links">Tagged: '
                + " ".join(f'<a href="/tag/{quote(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</span>"
            )
        nav = []
        if older:
            nav.append(
                f'<div class="nav-previous"><a href="{older.path}" rel="prev"><span class="nav-subtitle"><i class="fas fa-angle-double-left"></i>Previous:</span> <span class="nav-title">{texturize(self.text_title(older))}</span></a></div>'
            )
        if newer:
            nav.append(
                f'<div class="nav-next"><a href="{newer.path}" rel="next"><span class="nav-subtitle">Next:<i class="fas fa-angle-double-right"></i></span> <span class="nav-title">{texturize(self.text_title(newer))}</span></a></div>'
            )
        related = "".join(
            f"""<article class="post-item"><figure class="post-thumb"><a href="{x.path}"><img src="/wp-content/uploads/2023/08/{x.id}-300x200.jpg" alt="" /></a></figure><div class="post-element"><h2 class="post-title"><a href="{x.path}">{texturize(self.text_title(x))}</a></h2><div class="post-meta">{self.posted_on(x)}</div></div></article>"""
            for x in self.related(a)
        )
        og = f"""<meta property="og:type" content="article" />
<meta property="og:title" content="{self.doc_title(a)}" />
<meta property="og:url" content="{base}{a.path}" />
<meta property="article:published_time" content="{a.published.isoformat()}" />"""
        if a.modified:
            og += f'\n<meta property="article:modified_time" content="{a.modified.isoformat()}" />'
        content = f"""<div class="newsmatic-breadcrumb-wrap"><nav role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs"><ul class="trail-items"><li class="trail-item trail-begin"><a href="/"><span>หน้าหลัก</span></a></li><li class="trail-item"><a href="/category/pr-news/"><span>ข่าวประชาสัมพันธ์</span></a></li><li class="trail-item trail-end"><span>{self.doc_title(a)}</span></li></ul></nav></div>
<article itemtype="https://schema.org/Article" itemscope id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-pr-news">
<div class="post-inner">
<header class="entry-header">
<h1 class="entry-title" itemprop="name">{self.title_html(a)}</h1>
<div class="entry-meta"><span class="byline"> <span class="author vcard"><a class="url fn n author_name" href="/author/pryaso/">pryaso</a></span></span>{self.posted_on(a)}<a href="{a.path}#comments"><span class="post-comment">0</span></a><span class="read-time">{words} mins</span><span class="post-views"><i class="far fa-eye"></i> {a.views} Views</span></div>
</header>
<div class="post-thumbnail"><img width="1024" height="683" src="/wp-content/uploads/2023/08/{a.id}-1024x683.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" /></div>
<div itemprop="articleBody" class="entry-content">
{self.body_html(a, base)}
</div>
<footer class="entry-footer">{tags}</footer>
<nav class="navigation post-navigation" aria-label="Posts"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">{"".join(nav)}</div></nav>
</div>
<div id="comments" class="comments-area"><h2 class="comments-title">{COMMENTS}</h2><div class="fb-comments" data-href="{base}{a.path}" data-width="100%" data-numposts="5" data-order-by="reverse_time"></div></div>
</article>
<div class="single-related-posts-section-wrap layout--list"><div class="single-related-posts-section"><h2 class="newsmatic-block-title"><span>{REL_TABLE}</span></h2><div class="single-related-posts-wrap">{related}</div></div></div>"""
        return self.html_response(
            self.shell(
                self.doc_title(a),
                f"post-template-default single single-post postid-{a.id} single-format-standard",
                content,
                canonical=f"{base}{a.path}",
                og=og,
            )
        )

    def render_deleted(self):
        content = """<div class="newsmatic-breadcrumb-wrap"><nav class="breadcrumb-trail breadcrumbs"><ul class="trail-items"><li class="trail-item trail-begin"><a href="/"><span>หน้าหลัก</span></a></li><li class="trail-item trail-end"><span>เข้าสู่ระบบ</span></li></ul></nav></div>
<article class="page type-page status-publish hentry"><div class="post-inner"><header class="entry-header"><h1 class="entry-title">เข้าสู่ระบบ</h1></header>
<div class="entry-content"><div class="members-access-error"><p>ขออภัย เนื้อหานี้สำหรับสมาชิกเท่านั้น กรุณาเข้าสู่ระบบเพื่ออ่านต่อ</p></div>
<form name="loginform" id="loginform" action="/wp-login.php" method="post"><p class="login-username"><label for="user_login">ชื่อผู้ใช้หรืออีเมล</label><input type="text" name="log" id="user_login" class="input" value="" size="20" /></p><p class="login-password"><label for="user_pass">รหัสผ่าน</label><input type="password" name="pwd" id="user_pass" class="input" value="" size="20" /></p><p class="login-submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary" value="เข้าสู่ระบบ" /></p></form></div></div></article>"""
        return self.html_response(self.shell("เข้าสู่ระบบ", "page-template-default page", content))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        m = re.fullmatch(r"/pr-news/(\d+)/?", path)
        if m:
            aid = int(m[1])
            if aid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(aid)
            if a is None:
                return None
            if not path.endswith("/"):
                return 301, {"Location": f"{base}{a.path}"}, b""
            return self.render_article(a, base)
        if path in ("/category/pr-news/", "/category/pr-news"):
            return self.render_list(1)
        m = re.fullmatch(r"/category/pr-news/page/(\d+)/?", path)
        if m:
            n = int(m[1])
            if n == 1:
                return 301, {"Location": f"{base}/category/pr-news/"}, b""
            if not 1 <= n <= len(self.pages):
                return None
            return self.render_list(n)
        if path == "/":
            return 302, {"Location": f"{base}/category/pr-news/"}, b""
        return None

    def page_text(self, a) -> str:
        body = self.render_article(a, "http://127.0.0.1")[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                HIGHLIGHT,
                KICKER,
                GALLERY_ALL,
                f"{CAPTION} 1",
                f"{CAPTION} 12",
                REL_TABLE,
                IRP,
                SHARE,
                COMMENTS,
                PDPA,
                PDPA_BTN,
                COUNTER,
                TICKER,
                FOOTER,
                MOJI_SITE,
                MOJI_LATEST,
                f"{a.views} Views",
                "Tagged:",
                "Previous:",
                "Next:",
                "mins",
                "BlazeThemes",
            ]
            for x in (
                self.related(a) + self.table_related(a) + [self.irp_pick(a)] + self.articles[:5]
            ):
                must_not.append(self.text_title(x))
            must_not += [self.text_title(x) for x in (older, newer) if x]
            if a.extra["reltable"]:
                must_not += [th_abbr(x.published) for x in self.table_related(a)]
            text = self.page_text(a)
            whole = "\n".join(a.paras)
            must_not = [
                s
                for s in dict.fromkeys(must_not)
                if s
                and s in text
                and s not in whole
                and s not in a.title
                and s not in mojibake(whole)
            ]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                if a.extra["moji"]:
                    assert " ".join(mojibake(ph).replace("\u00a0", " ").split()) in text, (a.id, ph)
                else:
                    assert ph in text, (a.id, ph)
            out.append(rec)
        return out


SITE = NewsmaticSite()

if __name__ == "__main__":
    main(SITE)
