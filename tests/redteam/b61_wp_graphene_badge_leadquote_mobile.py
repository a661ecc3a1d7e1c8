"""Blind-61 red-team site (part A): a provincial agriculture office (สำนักงานเกษตรจังหวัดสุรินทร์-like,
2022 / 2565) on **WordPress 5.9 + Graphene 1.9 (a `graphene-child` theme)** with WP-PageNavi,
Post Views Counter, AddToAny, Related Posts for WordPress (rp4wp), Cookie Notice and WPtouch.
Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Graphene's own `loop.php` / `loop-index.php` /
`loop-post-formats.php` (as vendored in dd32/td-gh-ex, chnm/thatcamp-org and
facebookarchive/wordpress): `div.post-nav.clearfix > p#previous + p#next-post` ABOVE the post on
single pages, `div#post-N.clearfix.post`, the icon date `div.date.updated > p.default_date`
("M<br><span>d</span><br><span class="year">Y</span>", no time), `div.entry.clearfix >
h1.post-title.entry-title`, `div.post-meta`, `div.entry-content.clearfix`. From memory:
Graphene's `div.entry-footer > p.post-tags`, `p.print` button, WP-PageNavi's `div.wp-pagenavi`
("หน้า 1 จาก 3"), Post Views Counter's `div.post-views` spans, AddToAny's
`div.addtoany_share_save_container`, rp4wp's `div.rp4wp-related-posts`, Cookie Notice's
`div#cookie-notice`, WPtouch's `?wptouch_switch=` / view cookie, WordPress's password-protected
post form. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- plain permalinks `/?p=<id>`, the category `/?cat=5&paged=N`, `<title>` "headline |
  สำนักงานเกษตรจังหวัดสุรินทร์", `rel=canonical` on every post;
- Graphene's icon date "มิ.ย. / 28 / 2022" (Thai month abbreviation, CE year, no time) only;
- **NEW: badges in the headline that are no part of the title: one post in three carries a
  `span.title-badge` inside `h1.entry-title` (and the listing link): "ด่วนที่สุด", "(ภาพข่าว)" or a
  date badge "[28 มิ.ย. 65]"; beside them two posts whose real titles START with a date
  ("วันที่ 14 มิถุนายน 2565 …")**;
- **NEW: the lead in a different element: one post in three opens with a `<blockquote
  class="wp-block-quote">` lead paragraph ABOVE the picture, the rest of the text below the
  `<figure>`**;
- **NEW: an event-period row beside the publication date: one post in four starts with an ACF
  box "วันที่จัดกิจกรรม : ระหว่างวันที่ 20-22 มิถุนายน 2565 เวลา 09.00-16.30 น." (days before
  the post's date, one of them a future event after it)**;
- **NEW: a mobile twin: every post names `/?p=<id>&mobile=1` with `<link rel="alternate"
  media="only screen and (max-width: 640px)">` and links it "ดูแบบมือถือ" in the footer; the
  mobile page (WPtouch-like, other markup, same text, canonical to the desktop address) is
  also what the desktop address answers when the request carries the WPtouch cookie
  `wptouch-pro-view=mobile` (read with `request_headers()`); listing page 3 links two posts by
  their mobile addresses (an editor's pasted links in a "ข่าวเด่น" box)**;
- Post Views Counter "จำนวนผู้เข้าชม : 1,234" inside the content; AddToAny "แชร์ข่าวนี้"; rp4wp
  "ข่าวที่เกี่ยวข้อง" (titles) inside the content; prev/next with titles above the post; "แท็ก:";
  print button "พิมพ์"; sources "ที่มา :" / "ข่าว/ภาพ :" / "ข่าว :" / "เรียบเรียง :" as the last
  paragraph (one in six none); comment form; "เรื่องล่าสุด" widget; visitor counter; Cookie
  Notice bar;
- deleted item (linked from page 2): `/?p=2417`, **200: a password-protected post ("มีการป้องกัน:
  …", "เนื้อหานี้มีการป้องกันด้วยรหัสผ่าน …" and the password form)**.
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
    qs1,
    request_headers,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดสุรินทร์"
PER = 8
DELETED_ID = 2417
SOURCES = [
    ("ที่มา", "กลุ่มส่งเสริมและพัฒนาการผลิต สำนักงานเกษตรจังหวัดสุรินทร์"),
    ("ข่าว/ภาพ", "สำนักงานเกษตรอำเภอปราสาท"),
    ("ข่าว", "กลุ่มยุทธศาสตร์และสารสนเทศ สำนักงานเกษตรจังหวัดสุรินทร์"),
    ("เรียบเรียง", "ฝ่ายบริหารทั่วไป สำนักงานเกษตรจังหวัดสุรินทร์"),
    ("ข่าว/ภาพ", "สำนักงานเกษตรอำเภอศีขรภูมิ"),
    None,
]
TAGS = ["เกษตรสุรินทร์", "ข้าวหอมมะลิ", "แปลงใหญ่", "ศพก.", "Young Smart Farmer"]
BADGES = ["ด่วนที่สุด", "(ภาพข่าว)", None]  # None: the date badge
SHARE = "แชร์ข่าวนี้"
RELATED = "ข่าวที่เกี่ยวข้อง"
VIEWS = "จำนวนผู้เข้าชม"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน"
COOKIE_BTN = "ยอมรับ"
COMMENT = "ร่วมแสดงความคิดเห็น"
LATEST = "เรื่องล่าสุด"
VISITORS = "สถิติผู้เยี่ยมชม"
FOOTER = "ศาลากลางจังหวัดสุรินทร์ ชั้น 2 ถนนหลักเมือง ตำบลในเมือง อำเภอเมืองสุรินทร์ จังหวัดสุรินทร์ 32000"
MOBILE_LINK = "ดูแบบมือถือ"
EVENT_LABEL = "วันที่จัดกิจกรรม"
PLACE_LABEL = "สถานที่"
PRINT = "พิมพ์"
PLACES = [
    "ห้องประชุมสำนักงานเกษตรจังหวัดสุรินทร์",
    "ศูนย์เรียนรู้การเพิ่มประสิทธิภาพการผลิตสินค้าเกษตร อำเภอปราสาท",
    "แปลงใหญ่ข้าวตำบลนาบัว อำเภอเมืองสุรินทร์",
]


def icon_date(d: dt.datetime) -> str:
    return (
        f'<div class="date updated"><p class="default_date">{MONTHS_ABBR[d.month - 1]}<br />'
        f'<span>{d.day:02d}</span><br /><span class="year">{d.year}</span></p></div>'
    )


def short_badge(d: dt.datetime) -> str:
    return f"[{d.day} {MONTHS_ABBR[d.month - 1]} {str(d.year + 543)[-2:]}]"


class GrapheneSite(BaseSite):
    key = "b61_wp_graphene_badge_leadquote_mobile"
    family = "wordpress"
    imitates = (
        "provincial agriculture office on WordPress + Graphene: headline badges, blockquote "
        "leads above the picture, event-period rows, a WPtouch mobile twin by link and cookie"
    )
    listing_path = "/?cat=5"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2022, 7, 2, 15, 0, tzinfo=TZ), offset=610
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 2460 - i * 2 - (1 if i % 5 == 4 else 0)
            a.path = f"/?p={a.id}"
            a.time_printed = False
            a.modified = None
            src = SOURCES[i % 6]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.extra["badge"] = None
            if i % 3 == 1:
                b = BADGES[(i // 3) % 3]
                a.extra["badge"] = b if b else short_badge(a.published)
            if i in (5, 17):
                d = a.published
                a.title = f"วันที่ {d.day} {MONTHS[d.month - 1]} {d.year + 543} {a.title}"
            a.extra["lead"] = i % 3 == 0
            a.extra["event"] = None
            if i % 4 == 1:
                start = a.published - dt.timedelta(days=2 + i % 5)
                if i == 9:
                    start = a.published + dt.timedelta(days=6)
                end = start + dt.timedelta(days=2)
                if start.month == end.month:
                    span = f"{start.day}-{end.day} {MONTHS[end.month - 1]} {end.year + 543}"
                else:
                    span = f"{start.day} {MONTHS[start.month - 1]} - {end.day} {MONTHS[end.month - 1]} {end.year + 543}"
                a.extra["event"] = (
                    f"ระหว่างวันที่ {span} เวลา 09.00-16.30 น.",
                    PLACES[i % 3],
                )
        assert DELETED_ID not in {a.id for a in arts}
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        assert [len(p) for p in self.pages] == [8, 8, 8]

    def listing_pages(self):
        return ["/?cat=5"] + [f"/?cat=5&paged={k}" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/?p={DELETED_ID}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 4, 7)]

    def badge_html(self, a):
        b = a.extra["badge"]
        if not b:
            return ""
        cls = "badge-date" if b.startswith("[") else "badge-label"
        return f'<span class="title-badge {cls}">{esc(b)}</span> '

    # ------------------------------------------------------------------ shell
    def shell(self, title, content, *, head="", body_class="home blog", mobile_href=""):
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:6]
        )
        mob = (
            f'<p class="wptouch-switch"><a href="{esc(mobile_href)}">{MOBILE_LINK}</a></p>'
            if mobile_href
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
{head}
<link rel='stylesheet' id='graphene-stylesheet-css' href='/wp-content/themes/graphene-child/style.css?ver=5.9.3' type='text/css' media='screen' />
<link rel='stylesheet' id='wp-pagenavi-css' href='/wp-content/plugins/wp-pagenavi/pagenavi-css.css?ver=2.70' type='text/css' media='all' />
<link rel='stylesheet' id='addtoany-css' href='/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' type='text/css' media='all' />
<meta name="generator" content="WordPress 5.9.3" />
</head>
<body class="{body_class} two_col_left two-columns">
<div id="container" class="container_16">
<div id="top-bar"><div id="profiles"><a href="https://www.facebook.com/surinagri" title="Facebook" class="mysocial social-facebook">Facebook</a></div>
<div id="top_search"><form id="searchform" class="searchform" method="get" action="/"><p class="clearfix default_searchform"><input type="text" name="s" placeholder="ค้นหา" /><button type="submit"><span>ค้นหา</span></button></p></form></div></div>
<div id="header"><img src="/wp-content/uploads/2021/10/header-surin-agri.jpg" alt="{OFFICE}" title="" width="960" height="198" />
<a href="/" id="header_img_link" title="กลับหน้าแรก">&nbsp;</a></div>
<div id="nav"><div id="header-menu-wrap" class="clearfix"><ul id="header-menu" class="menu clearfix"><li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item"><a href="/?page_id=12">เกี่ยวกับหน่วยงาน</a></li><li class="menu-item current-menu-item"><a href="/?cat=5">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/?cat=7">ข่าวจัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/?page_id=88">ITA</a></li><li class="menu-item"><a href="/?page_id=20">ติดต่อเรา</a></li></ul></div></div>
<div id="content" class="clearfix hfeed">
<div id="content-main" class="clearfix grid_11">
{content}
</div>
<div id="sidebar1" class="sidebar grid_5">
<div id="recent-posts-2" class="sidebar-wrap clearfix widget_recent_entries"><h3>{LATEST}</h3><ul>{latest}</ul></div>
<div id="wpstatistics-2" class="sidebar-wrap clearfix widget_wp_statistics_widget"><h3>{VISITORS}</h3><ul><li>ผู้ใช้ออนไลน์: 4</li><li>ผู้เข้าชมวันนี้: 215</li><li>ผู้เข้าชมทั้งหมด: 486,310</li></ul></div>
</div>
</div>
<div id="footer" class="clearfix">
<div id="copyright"><p>{OFFICE}<br />{FOOTER}<br />โทรศัพท์ 0 4451 1247</p></div>
{mob}
<div id="developer" class="grid_7"><p>ขับเคลื่อนโดย <a href="https://wordpress.org/">WordPress</a> และ <a href="https://www.graphene-theme.com/">Graphene Theme</a>.</p></div>
</div>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{COOKIE}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button">{COOKIE_BTN}</a><a href="/?page_id=3" target="_blank" id="cn-more-info" class="cn-more-info cn-button">นโยบายความเป็นส่วนตัว</a></span></div></div>
<script type='text/javascript' src='/wp-content/themes/graphene/js/graphene.js?ver=5.9.3'></script>
<script type='text/javascript' src='/wp-content/plugins/add-to-any/addtoany.min.js?ver=1.1'></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def row(self, a, href=None):
        href = href or a.path
        d = a.published
        excerpt = esc(a.paras[0][:180]) + " &hellip;"
        return f"""<div id="post-{a.id}" class="clearfix post post-{a.id} type-post status-publish format-standard has-post-thumbnail hentry category-news">
{icon_date(d)}
<div class="entry clearfix">
<h2 class="post-title entry-title"><a href="{href}" rel="bookmark" title="ลิงก์ถาวรไปยัง {esc(a.title)}">{self.badge_html(a)}{esc(a.title)}</a></h2>
<div class="post-meta clearfix"><ul class="meta_categories"><li><a href="/?cat=5" rel="category tag">ข่าวประชาสัมพันธ์</a></li></ul><p class="post-author">&#8212; prsurin</p></div>
<div class="entry-content clearfix"><p>{excerpt}</p>
<p><a class="more-link block-button" href="{href}">อ่านต่อ &raquo;</a></p></div>
</div>
</div>"""

    def deleted_row(self):
        d = self.pages[1][2].published - dt.timedelta(hours=5)
        return f"""<div id="post-{DELETED_ID}" class="clearfix post post-{DELETED_ID} type-post status-publish post-password-required hentry category-news">
{icon_date(d)}
<div class="entry clearfix">
<h2 class="post-title entry-title"><a href="/?p={DELETED_ID}" rel="bookmark">มีการป้องกัน: รายชื่อเกษตรกรผู้ได้รับการช่วยเหลือ (ฉบับแก้ไข)</a></h2>
<div class="entry-content clearfix"><p>ไม่มีข้อความตัดตอนเนื่องจากเป็นเรื่องที่ถูกปกป้อง</p></div>
</div>
</div>"""

    def pager(self, n):
        total = len(self.pages)

        def url(k):
            return "/?cat=5" if k == 1 else f"/?cat=5&amp;paged={k}"

        parts = [f'<span class="pages">หน้า {n} จาก {total}</span>']
        if n > 1:
            parts.append(f'<a class="previouspostslink" rel="prev" href="{url(n - 1)}">&laquo;</a>')
        for k in range(1, total + 1):
            if k == n:
                parts.append(f"<span aria-current='page' class='current'>{k}</span>")
            else:
                cls = "larger" if k > n else "smaller"
                parts.append(f'<a class="page {cls}" title="หน้า {k}" href="{url(k)}">{k}</a>')
        if n < total:
            parts.append(f'<a class="nextpostslink" rel="next" href="{url(n + 1)}">&raquo;</a>')
        return "<div class='wp-pagenavi' role='navigation'>\n" + "\n".join(parts) + "\n</div>"

    def render_list(self, n):
        rows = [self.row(a) for a in self.pages[n - 1]]
        if n == 2:
            rows.insert(3, self.deleted_row())
        featured = ""
        if n == 3:
            picks = [self.articles[3], self.articles[12]]
            featured = (
                '<div class="featured-box"><h3>ข่าวเด่น</h3><ul>'
                + "".join(
                    f'<li><a href="{x.path}&amp;mobile=1">{self.badge_html(x)}{esc(x.title)}</a></li>'
                    for x in picks
                )
                + "</ul></div>"
            )
        content = f"""<h1 class="page-title archive-title">ข่าวเรื่อง <span>ข่าวประชาสัมพันธ์</span></h1>
{featured}
<div class="entries-wrapper">
{chr(10).join(rows)}
</div>
{self.pager(n)}"""
        canon = "/?cat=5" if n == 1 else f"/?cat=5&amp;paged={n}"
        return self.html_response(
            self.shell(
                f"ข่าวประชาสัมพันธ์ | {OFFICE}",
                content,
                head=f'<link rel="canonical" href="{canon}" />',
                body_class="archive category category-news category-5",
            )
        )

    # ------------------------------------------------------------------ article
    def text_html(self, a):
        out = []
        ev = a.extra["event"]
        if ev:
            out.append(
                f'<div class="acf-event-info"><p><strong>{EVENT_LABEL} :</strong> {esc(ev[0])}<br />'
                f"<strong>{PLACE_LABEL} :</strong> {esc(ev[1])}</p></div>"
            )
        paras = list(a.paras)
        fig = (
            f'<figure class="wp-block-image size-large"><img loading="lazy" width="1024" height="683" '
            f'src="/wp-content/uploads/{a.published:%Y/%m}/IMG_{a.id}-1024x683.jpg" alt="" '
            f'class="wp-image-{a.id + 1}" /></figure>'
        )
        if a.extra["lead"]:
            out.append(f'<blockquote class="wp-block-quote"><p>{esc(paras[0])}</p></blockquote>')
            out.append(fig)
            paras = paras[1:]
        else:
            out.append(fig)
        out += [f"<p>{esc(p)}</p>" for p in paras]
        if a.source:
            out.append(f"<p>{esc(a.extra['label'])} : {esc(a.source)}</p>")
        return "\n".join(out)

    def render_article(self, a, base):
        older, newer = self.neighbours(a)
        url = f"{base}{a.path}"
        rel = "".join(
            f'<li><div class="rp4wp-related-post-content"><a href="{x.path}">{esc(x.title)}</a></div></li>'
            for x in self.related(a)
        )
        tags = ""
        if a.tags:
            tags = (
                '<p class="post-tags">แท็ก: '
                + ", ".join(f'<a href="/?tag={quote(t)}" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</p>"
            )
        prev = f'<a href="{older.path}" rel="prev">&laquo; {esc(older.title)}</a>' if older else ""
        nxt = f'<a href="{newer.path}" rel="next">{esc(newer.title)} &raquo;</a>' if newer else ""
        head = f"""<link rel="canonical" href="{url}" />
<link rel="alternate" media="only screen and (max-width: 640px)" href="{url}&amp;mobile=1" />
<link rel='shortlink' href='{url}' />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:url" content="{url}" />"""
        content = f"""<div class="post-nav clearfix">
<p id="previous">{prev}</p>
<p id="next-post">{nxt}</p>
</div>
<div id="post-{a.id}" class="clearfix post post-{a.id} type-post status-publish format-standard has-post-thumbnail hentry category-news">
{icon_date(a.published)}
<div class="entry clearfix">
<h1 class="post-title entry-title">{self.badge_html(a)}{esc(a.title)}</h1>
<div class="post-meta clearfix">
<span class="printonly">หมวดหมู่: </span><ul class="meta_categories"><li><a href="/?cat=5" rel="category tag">ข่าวประชาสัมพันธ์</a></li></ul>
<p class="print"><a href="javascript:print();" title="พิมพ์เรื่องนี้"><span>{PRINT}</span></a></p>
<p class="post-author">&#8212; prsurin</p>
</div>
<div class="entry-content clearfix">
{self.text_html(a)}
<div class="post-views content-post post-{a.id} entry-meta"><span class="post-views-icon dashicons dashicons-chart-bar"></span><span class="post-views-label">{VIEWS} : </span><span class="post-views-count">{a.views:,}</span></div>
<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">{SHARE}</div><div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(a.title)}"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={quote(url, safe="")}" title="Facebook" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_line" href="https://www.addtoany.com/add_to/line?linkurl={quote(url, safe="")}" title="Line" rel="nofollow noopener" target="_blank"></a><a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>
<div class="rp4wp-related-posts rp4wp-related-post"><h3>{RELATED}</h3><ul>{rel}</ul></div>
</div>
<div class="entry-footer clearfix">{tags}</div>
</div>
</div>
<div id="comments" class="clearfix"><h4>ยังไม่มีความคิดเห็น</h4></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{COMMENT}</h3>
<form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</p><p class="comment-form-comment"><textarea name="comment" id="comment" cols="45" rows="8"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="ส่งความเห็น" /></p></form></div>"""
        return self.html_response(
            self.shell(
                f"{a.title} | {OFFICE}",
                content,
                head=head,
                body_class=f"post-template-default single single-post postid-{a.id} single-format-standard",
                mobile_href=f"{a.path}&mobile=1",
            )
        )

    def render_mobile(self, a, base):
        url = f"{base}{a.path}"
        d = a.published
        tags = " ".join(f'<a href="/?tag={quote(t)}">{esc(t)}</a>' for t in a.tags)
        return self.html_response(f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="initial-scale=1.0, maximum-scale=1.0, user-scalable=no, width=device-width" />
<title>{esc(a.title)} | {OFFICE}</title>
<link rel="canonical" href="{url}" />
<link rel='stylesheet' href='/wp-content/plugins/wptouch/themes/bauhaus/default/style.css?ver=4.3.41' type='text/css' media='all' />
</head>
<body class="mobile-theme wptouch-pro bauhaus single">
<div id="header-area"><div id="header-title-logo"><a href="/?cat=5" class="header-center">{OFFICE}</a></div><a href="#" id="menu-toggle" class="menu-btn">เมนู</a></div>
<div id="content">
<div class="post-page-head-area bauhaus">
<span class="post-date-comments">{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}</span>
<h2 class="post-title heading-font">{self.badge_html(a)}{esc(a.title)}</h2>
</div>
<div class="post-page-content">
{self.text_html(a)}
<p class="post-views">{VIEWS} : {a.views:,}</p>
{f'<div class="tags-and-categories">แท็ก: {tags}</div>' if tags else ""}
</div>
</div>
<div class="wptouch-footer"><p>{OFFICE}</p><div id="switch"><span>มุมมอง: มือถือ</span> <a href="/?wptouch_switch=desktop&amp;redirect={quote(a.path, safe="")}" class="switch-link">เดสก์ท็อป</a></div></div>
</body>
</html>
""")

    def render_deleted(self):
        d = self.pages[1][2].published - dt.timedelta(hours=5)
        content = f"""<div id="post-{DELETED_ID}" class="clearfix post post-{DELETED_ID} type-post status-publish post-password-required hentry category-news">
{icon_date(d)}
<div class="entry clearfix">
<h1 class="post-title entry-title">มีการป้องกัน: รายชื่อเกษตรกรผู้ได้รับการช่วยเหลือ (ฉบับแก้ไข)</h1>
<div class="entry-content clearfix">
<form action="/wp-login.php?action=postpass" class="post-password-form" method="post">
<p>เนื้อหานี้มีการป้องกันด้วยรหัสผ่าน หากต้องการดู กรุณาใส่รหัสผ่านด้านล่าง:</p>
<p><label for="pwbox-{DELETED_ID}">รหัสผ่าน: <input name="post_password" id="pwbox-{DELETED_ID}" type="password" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p>
</form>
</div></div></div>"""
        return self.html_response(
            self.shell(
                f"มีการป้องกัน: รายชื่อเกษตรกรผู้ได้รับการช่วยเหลือ (ฉบับแก้ไข) | {OFFICE}",
                content,
                body_class=f"single single-post postid-{DELETED_ID}",
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path not in ("/", "/index.php"):
            return None
        p = qs1(query, "p")
        if p:
            if not p.isdigit():
                return None
            aid = int(p)
            if aid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(aid)
            if not a:
                return None
            cookie = request_headers().get("Cookie", "") or ""
            if qs1(query, "mobile") == "1" or "wptouch-pro-view=mobile" in cookie:
                return self.render_mobile(a, base)
            return self.render_article(a, base)
        cat = qs1(query, "cat")
        if cat == "5" or not raw_query:
            n = qs1(query, "paged", "1")
            if not n.isdigit() or not 1 <= int(n) <= len(self.pages):
                return None
            return self.render_list(int(n))
        return None

    # ------------------------------------------------------------------ expected
    @staticmethod
    def text_of(raw: str) -> str:
        raw = re.sub(r"<(script|style)\b.*?</\1>", " ", raw, flags=re.S)
        return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", raw)).replace("\u00a0", " ").split())

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            raw = self.render_article(a, "http://127.0.0.1")[2].decode("utf-8")
            text = self.text_of(raw)
            mtext = self.text_of(self.render_mobile(a, "http://127.0.0.1")[2].decode("utf-8"))
            must_not = [
                SHARE,
                RELATED,
                f"{VIEWS} : {a.views:,}",
                COOKIE,
                COMMENT,
                LATEST,
                VISITORS,
                FOOTER,
                MOBILE_LINK,
                f"{EVENT_LABEL} :",
                "ยังไม่มีความคิดเห็น",
            ]
            if a.extra["badge"]:
                must_not.append(a.extra["badge"])
            must_not += [x.title for x in self.related(a) if x.title != a.title]
            must_not += [x.title for x in (older, newer) if x and x.title != a.title]
            whole = "\n".join(a.paras)
            must_not = [
                s
                for s in dict.fromkeys(must_not)
                if s in text and s not in whole and s not in a.title
            ]
            rec = expected_record(a, must_not=must_not)
            for ph in rec["body_must"]:
                assert ph in text and ph in mtext, (a.path, ph)
            out.append(rec)
        return out


SITE = GrapheneSite()

if __name__ == "__main__":
    main(SITE)
