"""Blind-60 red-team site (part A): a provincial office (สำนักงานจังหวัดน่าน-like, 2025 / 2568) on
**WordPress 6.7 + SiteOrigin's Vantage** with Yoast SEO, Collapse-O-Matic, YARPP, Top 10 and
ShareThis. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Vantage's own `content-single.php` and
`content-page.php` (siteorigin/vantage: `article.post > div.entry-main > header.entry-header >
h1.entry-title + div.entry-meta`, `div.entry-content`, `div.entry-categories`, the
`vantage_entry_main_top` / `_bottom` hooks) and `inc/template-tags.php`'s `vantage_posted_on()`
(`a[title=<the time>][rel=bookmark] > time.entry-date[datetime=c]` followed by a
`time.updated[datetime=c]` that is ALWAYS printed, hidden by the theme's CSS, then "by"
`span.author.vcard` and `span.comments-link`); Collapse-O-Matic's README (the `[expand
title="…"]…[/expand]` shortcode wrapping hidden content in a jQuery-toggled div). From memory:
Vantage's masthead, `nav.site-navigation.main-navigation`, `#nav-below` paging, the footer
"Theme by SiteOrigin"; Collapse-O-Matic's printed markup (`div.collapseomatic[title]` +
`div#target-….collapseomatic_content`), YARPP's `div.yarpp.yarpp-related` list, Top 10's
`div.tptn_counter` "(Visited N times, M visits today)" line, ShareThis's inline placeholder,
Yoast's JSON-LD graph with `datePublished` in UTC (`+00:00`, from `post_date_gmt`), a PDPA bar.
No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/archives/<id>` permalinks, Yoast `rel=canonical`, `<title>` "headline - สำนักงานจังหวัดน่าน";
  `time.entry-date` with the local time in `datetime` (+07:00) and the day "14 มีนาคม 2568";
- **NEW: listing links carry tracking parameters that differ per listing page
  (`?utm_source=website&utm_medium=category&utm_campaign=news_p2`, and `&fbclid=…` on page 3);
  the article page answers under any query and names its canonical**;
- **NEW: a recurring headline series: four posts all titled
  "จังหวัดน่านสรุปข่าวเด่นประจำสัปดาห์" on different dates, each its own record**;
- **NEW: one post in two hides its text after the third paragraph behind a Collapse-O-Matic
  "อ่านเพิ่มเติม" toggle (`div.collapseomatic_content` with `display:none`): the hidden paragraphs
  ARE article text**;
- **NEW: the metadata dates are UTC: Yoast's JSON-LD `datePublished` / `dateModified` and
  `article:published_time` are `…+00:00`, while the page prints Thai time; posts published
  before 07:00 (one in four) have a UTC day before the printed day**;
- **NEW: HTML comments inside `.entry-content`: an old draft of the opening paragraph
  ("<!-- ร่าง: … -->") and a commented-out "ข่าวที่เกี่ยวข้อง" list of other posts' titles**;
- Vantage's always-printed hidden `time.updated` (equal to the published time where not edited);
  Top 10 "(เข้าชม 1,234 ครั้ง, วันนี้ 7 ครั้ง)"; sources as the last paragraph "ข่าว :" / "ที่มา :" /
  "ข่าว/ภาพ :" / "เรียบเรียง :" (one in six none); "แชร์ข่าวนี้" + ShareThis; YARPP
  "ข่าวที่เกี่ยวข้อง:" inside `.entry-content`; categories / tags; "ข่าวก่อนหน้า" / "ข่าวถัดไป" with
  titles; comment form "แสดงความคิดเห็น"; "ข่าวล่าสุด" widget; PDPA bar; visitor counter;
- deleted item (linked from page 2): `/archives/4336`, **200**: Vantage's "ไม่พบข้อมูล" no-results
  template (a draft unpublished by the editor, served from the page cache).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from urllib.parse import quote

from ._common import (
    MONTHS,
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

OFFICE = "สำนักงานจังหวัดน่าน"
PER = 8
DELETED_ID = 4336
SERIES = "จังหวัดน่านสรุปข่าวเด่นประจำสัปดาห์"
SOURCES = [
    ("ข่าว", "สำนักงานประชาสัมพันธ์จังหวัดน่าน"),
    ("ที่มา", "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด"),
    ("ข่าว/ภาพ", "ที่ทำการปกครองจังหวัดน่าน"),
    ("เรียบเรียง", "กลุ่มงานอำนวยการ สำนักงานจังหวัดน่าน"),
    ("ข่าว", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดน่าน"),
    None,
]
TAGS = ["จังหวัดน่าน", "ผู้ว่าราชการจังหวัดน่าน", "ประชุมกรมการจังหวัด", "ข่าวเด่น", "ท่องเที่ยวน่าน"]
READ_MORE = "อ่านเพิ่มเติม"
SHARE = "แชร์ข่าวนี้"
RELATED = "ข่าวที่เกี่ยวข้อง:"
COUNTER_WORD = "เข้าชม"
TODAY_WORD = "วันนี้"
PDPA = "เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีแก่ท่าน"
PDPA_BTN = "ยอมรับทั้งหมด"
COMMENT = "แสดงความคิดเห็น"
LATEST = "ข่าวล่าสุด"
FOOTER = "ศาลากลางจังหวัดน่าน ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000"
VISITORS = "จำนวนผู้เข้าชมเว็บไซต์"
DRAFT = "ร่าง:"


def th_day(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year + 543}"


def utc(d: dt.datetime) -> str:
    return d.astimezone(dt.UTC).isoformat()


class VantageSite(BaseSite):
    key = "b60_wp_vantage_collapse_utm"
    family = "wordpress"
    imitates = (
        "provincial office on WordPress + SiteOrigin Vantage: per-page utm/fbclid listing links, "
        "a recurring weekly headline, Collapse-O-Matic hidden text, UTC JSON-LD dates, "
        "HTML-comment drafts and a commented-out related list"
    )
    listing_path = "/category/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2025, 3, 21, 16, 0, tzinfo=TZ), offset=140
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 4360 - i * 2 - (1 if i >= 12 else 0)
            a.path = f"/archives/{a.id}"
            if i % 4 == 2:  # an early post: its UTC day is the day before
                a.published = a.published.replace(hour=6, minute=10 + i)
            a.time_printed = True
            if i % 6 == 5:
                a.title = SERIES
            if a.modified is None or i % 3 == 0:
                a.modified = None
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.extra["collapse"] = i % 2 == 0 and len(a.paras) > 3
            a.extra["draft"] = i % 3 == 1
            a.extra["today"] = 3 + (a.id % 11)
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
        assert DELETED_ID not in {a.id for a in arts}
        assert sum(a.title == SERIES for a in arts) == 4
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        assert [len(p) for p in self.pages] == [8, 8, 8]

    def listing_pages(self):
        return ["/category/news/"] + [
            f"/category/news/page/{k}/" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [f"/archives/{DELETED_ID}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 5, 8)]

    def commented(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (6, 9)]

    # ------------------------------------------------------------------ shell
    def shell(self, title, content, *, head="", body_class="home blog"):
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="post-date">{th_day(x.published)}</span></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}
<link rel='stylesheet' id='vantage-style-css' href='/wp-content/themes/vantage/style.min.css?ver=1.20.24' media='all' />
<link rel='stylesheet' id='collapseomatic-css-css' href='/wp-content/plugins/jquery-collapse-o-matic/light_style.css?ver=1.6' media='all' />
<link rel='stylesheet' id='yarppRelatedCss-css' href='/wp-content/plugins/yet-another-related-posts-plugin/style/related.css?ver=5.30.11' media='all' />
<script src="https://platform-api.sharethis.com/js/sharethis.js#property=63f1a2b3c4d5e6&amp;product=inline-share-buttons" async></script>
<meta name="generator" content="WordPress 6.7.2" />
</head>
<body class="{body_class} responsive layout-full no-js has-sidebar has-menu-search page-layout-default">
<div id="page-wrapper">
<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
<header id="masthead" class="site-header" role="banner">
<div class="hgroup full-container">
<a href="/" title="{OFFICE}" rel="home" class="logo"><img src="/wp-content/uploads/2023/05/logo-nan.png" class="logo-height-constrain" width="320" height="80" alt="{OFFICE} โลโก้" /></a>
<div class="support-text">ศูนย์ราชการจังหวัดน่าน โทร. 0 5471 0232</div>
</div>
<nav class="site-navigation main-navigation primary use-vantage-sticky-menu use-sticky-menu"><div class="full-container">
<div class="menu-main-container"><ul id="menu-main" class="menu"><li><a href="/">หน้าหลัก</a></li><li><a href="/about/">เกี่ยวกับจังหวัด</a></li><li class="current-menu-item"><a href="/category/news/">ข่าวประชาสัมพันธ์</a></li><li><a href="/category/procurement/">ข่าวจัดซื้อจัดจ้าง</a></li><li><a href="/ita/">ITA</a></li><li><a href="/contact/">ติดต่อเรา</a></li></ul></div>
</div></nav>
</header>
<div id="main" class="site-main"><div class="full-container">
<div id="primary" class="content-area"><div id="content" class="site-content" role="main">
{content}
</div></div>
<div id="secondary" class="widget-area" role="complementary">
<aside id="recent-posts-3" class="widget widget_recent_entries"><h3 class="widget-title">{LATEST}</h3><ul>{latest}</ul></aside>
<aside id="custom_html-2" class="widget_text widget widget_custom_html"><h3 class="widget-title">{VISITORS}</h3><div class="textwidget custom-html-widget">วันนี้ 412 | เมื่อวาน 1,058 | ทั้งหมด 1,284,907</div></aside>
</div>
</div></div>
<footer id="colophon" class="site-footer" role="contentinfo">
<div id="footer-widgets" class="full-container"><aside class="widget widget_text"><div class="textwidget"><p>{OFFICE}<br>{FOOTER}</p></div></aside></div>
<div id="site-info"><span>© 2568 {OFFICE}</span></div>
<div id="theme-attribution">ธีมโดย <a href="https://siteorigin.com">SiteOrigin</a></div>
</footer>
</div>
<div id="pdpa-consent" class="pdpa-bar"><p>{PDPA} <a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a></p><button type="button" class="pdpa-accept">{PDPA_BTN}</button> <button type="button" class="pdpa-setting">ตั้งค่า</button></div>
<script src='/wp-content/plugins/jquery-collapse-o-matic/js/collapse.min.js?ver=1.7.2' id='collapseomatic-js-js'></script>
<script src='/wp-content/themes/vantage/js/jquery.theme-main.min.js?ver=1.20.24' id='vantage-main-js'></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def tracked(self, a, n):
        q = f"utm_source=website&utm_medium=category&utm_campaign=news_p{n}"
        if n == 3:
            q += f"&fbclid=IwAR0{a.id * 7331:x}xNan{a.id}"
        return f"{a.path}?{q}"

    def row(self, a, n):
        href = self.tracked(a, n)
        d = a.published
        excerpt = esc(a.paras[0][:160]) + " [&hellip;]"
        return f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<div class="entry-main">
<header class="entry-header">
<h1 class="entry-title"><a href="{href}" title="ลิงก์ถาวรไปยัง {esc(a.title)}" rel="bookmark">{esc(a.title)}</a></h1>
<div class="entry-meta">เผยแพร่เมื่อ <a href="{href}" title="{d:%H:%M}" rel="bookmark"><time class="entry-date" datetime="{d.isoformat()}">{th_day(d)}</time></a> โดย <span class="author vcard"><a class="url fn n" href="/archives/author/prnan">prnan</a></span></div>
</header>
<div class="entry-content"><p>{excerpt}</p>
<p><a href="{href}" class="more-link">อ่านต่อ <span class="meta-nav">&rarr;</span></a></p></div>
</div>
</article>"""

    def deleted_row(self, n):
        d = self.pages[1][3].published - dt.timedelta(hours=3)
        href = (
            f"/archives/{DELETED_ID}?utm_source=website&utm_medium=category&utm_campaign=news_p{n}"
        )
        return f"""<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish hentry category-news">
<div class="entry-main"><header class="entry-header">
<h1 class="entry-title"><a href="{href}" rel="bookmark">ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมิน (ฉบับแก้ไข)</a></h1>
<div class="entry-meta">เผยแพร่เมื่อ <a href="{href}" rel="bookmark"><time class="entry-date" datetime="{d.isoformat()}">{th_day(d)}</time></a></div>
</header><div class="entry-content"><p>ประกาศรายชื่อผู้มีสิทธิ์เข้ารับการประเมิน [&hellip;]</p></div></div>
</article>"""

    def pager(self, n):
        total = len(self.pages)

        def url(k):
            return "/category/news/" if k == 1 else f"/category/news/page/{k}/"

        parts = []
        if n > 1:
            parts.append(f'<a class="prev page-numbers" href="{url(n - 1)}">&laquo; ก่อนหน้า</a>')
        for k in range(1, total + 1):
            parts.append(
                f'<span aria-current="page" class="page-numbers current">{k}</span>'
                if k == n
                else f'<a class="page-numbers" href="{url(k)}">{k}</a>'
            )
        if n < total:
            parts.append(f'<a class="next page-numbers" href="{url(n + 1)}">ถัดไป &raquo;</a>')
        return (
            '<nav id="nav-below" class="site-navigation paging-navigation"><h2 class="assistive-text">เมนูนำทางเรื่อง</h2><div class="pagination">'
            + "\n".join(parts)
            + "</div></nav>"
        )

    def render_list(self, n):
        rows = [self.row(a, n) for a in self.pages[n - 1]]
        if n == 2:
            rows.insert(4, self.deleted_row(n))
        content = f"""<header class="page-header"><h1 id="page-title">หมวดหมู่: <span>ข่าวประชาสัมพันธ์</span></h1></header>
{chr(10).join(rows)}
{self.pager(n)}"""
        canon = "/category/news/" if n == 1 else f"/category/news/page/{n}/"
        head = f'<link rel="canonical" href="{canon}" />'
        return self.html_response(
            self.shell(
                f"ข่าวประชาสัมพันธ์ - {OFFICE}",
                content,
                head=head,
                body_class="archive category category-news",
            )
        )

    # ------------------------------------------------------------------ article
    def body_html(self, a):
        out = []
        paras = a.paras
        cut = 3 if a.extra["collapse"] else len(paras)
        for k, p in enumerate(paras[:cut]):
            if k == 0 and a.extra["draft"]:
                draft = p[: max(40, len(p) // 3)]
                out.append(f"<!-- {DRAFT} {esc(draft)} (รอ ผวจ. ตรวจ) -->")
            out.append(f"<p>{esc(p)}</p>")
        if cut < len(paras):
            hid = f"id{a.id}{a.id * 13 % 997}"
            hidden = "\n".join(f"<p>{esc(p)}</p>" for p in paras[cut:])
            out.append(
                f'<div class="collapseomatic " id="{hid}" tabindex="0" title="{READ_MORE}">{READ_MORE}</div>'
                f'<div id="swap-{hid}" style="display:none;">ย่อ</div>'
                f'<div id="target-{hid}" class="collapseomatic_content " style="display: none;">\n{hidden}\n</div>'
            )
        if a.source:
            out.append(f"<p><strong>{esc(a.extra['label'])} :</strong> {esc(a.source)}</p>")
        return "\n".join(out)

    def render_article(self, a, base):
        d = a.published
        mod = a.modified or a.published
        older, newer = self.neighbours(a)
        url = f"{base}{a.path}"
        rel = "".join(
            f'<li><a href="{x.path}" rel="bookmark norewrite" title="{esc(x.title)}">{esc(x.title)}</a> <small>({th_day(x.published)})</small></li>'
            for x in self.related(a)
        )
        old_rel = "\n".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.commented(a)
        )
        cats = '<a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a>'
        if a.tags:
            cats += " | แท็ก: " + ", ".join(
                f'<a href="/tag/{quote(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags
            )
        nav = []
        if older:
            nav.append(
                f'<div class="nav-previous"><a href="{older.path}" rel="prev"><span class="meta-nav">&larr;</span> ข่าวก่อนหน้า: {esc(older.title)}</a></div>'
            )
        if newer:
            nav.append(
                f'<div class="nav-next"><a href="{newer.path}" rel="next">ข่าวถัดไป: {esc(newer.title)} <span class="meta-nav">&rarr;</span></a></div>'
            )
        ld = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": f"{url}#article",
                    "headline": a.title,
                    "datePublished": utc(d),
                    "dateModified": utc(mod),
                    "author": {"name": "prnan"},
                    "mainEntityOfPage": {"@id": url},
                    "inLanguage": "th",
                },
                {
                    "@type": "WebPage",
                    "@id": url,
                    "url": url,
                    "name": f"{a.title} - {OFFICE}",
                    "datePublished": utc(d),
                    "dateModified": utc(mod),
                },
            ],
        }
        head = f"""<link rel="canonical" href="{url}" />
<meta property="og:locale" content="th_TH" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)} - {OFFICE}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{OFFICE}" />
<meta property="article:published_time" content="{utc(d)}" />
<meta property="article:modified_time" content="{utc(mod)}" />
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(ld, ensure_ascii=False)}</script>"""
        content = f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<div class="entry-main">
<header class="entry-header">
<div class="entry-thumbnail"><img width="720" height="380" src="/wp-content/uploads/{d:%Y/%m}/nan-{a.id}-720x380.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></div>
<h1 class="entry-title">{esc(a.title)}</h1>
<div class="entry-meta">
เผยแพร่เมื่อ <a href="{url}" title="{d:%H:%M}" rel="bookmark"><time class="entry-date" datetime="{d.isoformat()}">{th_day(d)}</time></a><time class="updated" datetime="{mod.isoformat()}">{th_day(mod)}</time> <span class="byline"> โดย <span class="author vcard"><a class="url fn n" href="/archives/author/prnan" title="ดูเรื่องทั้งหมดของ prnan" rel="author">prnan</a></span></span> <span class="comments-link"><a href="{a.path}#respond">{COMMENT}</a></span>
</div>
</header>
<div class="entry-content">
{self.body_html(a)}
<div class="tptn_counter" id="tptn_counter_{a.id}">({COUNTER_WORD} {a.views:,} ครั้ง, {TODAY_WORD} {a.extra["today"]} ครั้ง)</div>
<p class="share-label"><strong>{SHARE}</strong></p>
<div class="sharethis-inline-share-buttons" data-url="{url}" data-title="{esc(a.title)}"></div>
<!--
<div class="related-news"><h3>ข่าวที่เกี่ยวข้อง</h3><ul>
{old_rel}
</ul></div>
-->
<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>
<h3>{RELATED}</h3><ol>{rel}</ol>
</div>
</div>
<div class="entry-categories">{cats}</div>
</div>
</article>
<nav role="navigation" id="nav-below" class="site-navigation post-navigation"><h2 class="assistive-text">เมนูนำทางเรื่อง</h2>
<div class="single-nav-wrapper">{"".join(nav)}</div></nav>
<div id="single-comments-wrapper"><div id="comments" class="comments-area">
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{COMMENT}</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย *</p>
<p class="comment-form-comment"><label for="comment">ความเห็น *</label><textarea id="comment" name="comment" cols="45" rows="8" required></textarea></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความเห็น" /><input type="hidden" name="comment_post_ID" value="{a.id}" /></p></form></div>
</div></div>"""
        return self.html_response(
            self.shell(
                f"{a.title} - {OFFICE}",
                content,
                head=head,
                body_class=f"post-template-default single single-post postid-{a.id} single-format-standard",
            )
        )

    def render_deleted(self):
        content = """<article id="post-0" class="post no-results not-found"><div class="entry-main">
<header class="entry-header"><h1 class="entry-title">ไม่พบข้อมูล</h1></header>
<div class="entry-content"><p>ขออภัย ไม่พบเนื้อหาที่คุณต้องการ ลองใช้การค้นหาด้านล่าง</p>
<form method="get" class="searchform" action="/" role="search"><input type="search" name="s" class="field" placeholder="ค้นหา" /></form></div>
</div></article>"""
        return self.html_response(
            self.shell(f"ไม่พบข้อมูล - {OFFICE}", content, body_class="search-no-results")
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path in ("/", "/category/news", "/category/news/"):
            return self.render_list(1)
        m = re.fullmatch(r"/category/news/page/(\d+)/?", path)
        if m:
            n = int(m[1])
            if 1 <= n <= len(self.pages):
                return self.render_list(n)
            return None
        m = re.fullmatch(r"/archives/(\d+)/?", path)
        if m:
            aid = int(m[1])
            if aid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(aid)
            return self.render_article(a, base) if a else None
        return None

    # ------------------------------------------------------------------ expected
    def page_text(self, a) -> str:
        body = self.render_article(a, "http://127.0.0.1")[2].decode("utf-8")
        body = re.sub(r"<(script|style)\b.*?</\1>", " ", body, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", body)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                READ_MORE,
                SHARE,
                RELATED,
                f"{COUNTER_WORD} {a.views:,} ครั้ง",
                f"{TODAY_WORD} {a.extra['today']} ครั้ง",
                PDPA,
                PDPA_BTN,
                COMMENT,
                LATEST,
                FOOTER,
                VISITORS,
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "รอ ผวจ. ตรวจ",
                DRAFT,
            ]
            must_not += [x.title for x in self.related(a) if x.title != a.title]
            must_not += [x.title for x in self.commented(a) if x.title != a.title]
            must_not += [x.title for x in (older, newer) if x and x.title != a.title]
            text = self.page_text(a)
            raw = self.render_article(a, "http://127.0.0.1")[2].decode("utf-8")
            whole = "\n".join(a.paras)
            must_not = [
                s
                for s in dict.fromkeys(must_not)
                if (s in text or s in raw) and s not in whole and s not in a.title
            ]
            mod_edited = a.modified
            if a.modified is None:
                a.modified = a.published  # Vantage prints time.updated = the published time
            rec = expected_record(a, must_not=must_not)
            a.modified = mod_edited
            for ph in rec["body_must"]:
                assert ph in text, (a.path, ph)
            out.append(rec)
        return out


SITE = VantageSite()

if __name__ == "__main__":
    main(SITE)
