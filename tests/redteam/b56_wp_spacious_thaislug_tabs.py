r"""Blind-56 red-team site (part A): a provincial office (สำนักงานจังหวัดอ่างทอง-like, its public
relations group) on **WordPress 5.9 + Spacious (ThemeGrill)** with Thai-titled permalinks
`/%year%/%monthnum%/%day%/%postname%/`, Shortcodes Ultimate tabs, WP-PageNavi, AddToAny,
Post Views Counter, a "time ago" date filter. Built blind (no crawler, pipeline, bench or
fixture read).

Looked up with the search tool (code corpus): Spacious's `content-single.php` and `content.php`
(themegrill/spacious and child themes: **no `h1.entry-title` on the single post** — the headline
is printed in the header's `h1.header-post-title-class`; `div.entry-content.clearfix` holds
`the_content()` and the "Tagged on:" tag list; `spacious_entry_meta()` prints
`footer.entry-meta-bar > div.entry-meta` with `span.by-author`, `span.date` (a permalink whose
`title` is the time of day), `span.category`, `span.comments` **after** the content). Shortcodes
Ultimate's tab markup (`div.su-tabs > div.su-tabs-nav > span` + `div.su-tabs-panes >
div.su-tabs-pane[data-title]`), WP-PageNavi (`div.wp-pagenavi`, `span.pages`, `span.current`,
`a.page`, `a.nextpostslink`), AddToAny, Post Views Counter, WordPress's lower-case
percent-encoded `post_name` for Thai titles (`utf8_uri_encode`, 200 characters) and the Meks
"time ago" filter are from memory of their documentation. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: Thai words in the address**: WordPress prints the permalink with lower-case
  percent-encoding (`/2024/03/05/%e0%b8%9c%e0%b8%a5.../`, listing, canonical, prev/next); the
  editors' "อ่านข่าวที่เกี่ยวข้อง" box pasted from the browser's address bar links upper-case hex
  (`%E0%B8%9C...`); the sidebar's hand-written "ข่าวเด่น" Custom HTML widget links raw Thai
  (`/2024/03/05/ผลการประชุม.../`); every spelling answers 200 with the same post; one record each
  at the canonical (lower-case) address;
- **NEW: relative dates**: a "time ago" filter prints "3 สัปดาห์ที่แล้ว" / "5 วันที่แล้ว" /
  "1 เดือนที่แล้ว" (counted from the day the page cache was built, 2024-03-12) everywhere a date
  shows; the absolute date is only in `<time class="entry-date published updated"
  datetime="2024-02-20T10:30:00+07:00">` and the time of day in the permalink's `title`;
- **NEW: event dates before the date line**: Spacious prints the date after the content, and
  every post's text opens with the event it announces or reports ("กำหนดจัดกิจกรรมในวันศุกร์ที่
  15 มีนาคม 2567 เวลา 09.00 น. ณ ..."), a date that is not the publication date;
- **NEW: the text in tabs**: one post in three is laid out with Shortcodes Ultimate tabs — the
  text (and its source line) in the first pane "รายละเอียดข่าว", a captioned gallery in
  "ภาพกิจกรรม", download links in "เอกสารประกอบ";
- **NEW: a table of figures that is the article's own**: one post in four carries a budget
  `<figure class="wp-block-table">` (projects, amounts in baht, a total) inside the text; a
  phrase of it is in `body_must`; posts without tabs end with a `[gallery]` of captioned
  pictures;
- Post Views Counter "จำนวนผู้เข้าชม : 1,234" and AddToAny "แชร์ข่าวนี้" inside `entry-content`;
  sources "ที่มา :" / "ข่าว/ภาพ :" / "เรียบเรียง :" (one in six none); Spacious "Tagged on:" tags;
- furniture: breadcrumb NavXT with the headline, `ul.default-wp-page` prev/next with neighbour
  titles, "ใส่ความเห็น" with a login prompt, sidebar search / "ข่าวเด่น" / "เรื่องล่าสุด" /
  "คลังเก็บ", footer "Theme: Spacious by ThemeGrill", PDPA bar;
- deleted item (linked from page 2): **a members-only post (a content-restriction plugin):
  200 with the headline and "เนื้อหานี้สงวนไว้สำหรับสมาชิก กรุณาเข้าสู่ระบบ" and a login form**.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from urllib.parse import quote, unquote

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานจังหวัดอ่างทอง"
UNIT = "กลุ่มงานประชาสัมพันธ์ สำนักงานจังหวัดอ่างทอง"
PER = 8
NOW = dt.datetime(2024, 3, 12, 9, 0, tzinfo=TZ)  # when the page cache was built
SOURCES = [
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดอ่างทอง"),
    ("ข่าว/ภาพ", "กลุ่มงานประชาสัมพันธ์ สำนักงานจังหวัดอ่างทอง"),
    ("เรียบเรียง", "ฝ่ายประชาสัมพันธ์ ที่ทำการปกครองจังหวัดอ่างทอง"),
    ("ที่มา", "สำนักงานเกษตรจังหวัดอ่างทอง"),
    ("ข่าว/ภาพ", "ศูนย์ดำรงธรรมจังหวัดอ่างทอง"),
    None,
]
TAGS = ["อ่างทอง", "ผู้ว่าราชการจังหวัด", "ประชาสัมพันธ์", "กิจกรรม", "ข่าวจังหวัด"]
PLACES = [
    "ห้องประชุมศาลากลางจังหวัดอ่างทอง",
    "หอประชุมอำเภอวิเศษชัยชาญ",
    "วัดม่วง อำเภอวิเศษชัยชาญ",
    "สนามหน้าศาลากลางจังหวัดอ่างทอง",
]
PROJECTS = [
    ("โครงการพัฒนาศักยภาพกลุ่มอาชีพ", 450000),
    ("โครงการส่งเสริมการท่องเที่ยวชุมชน", 380000),
    ("โครงการขุดลอกคลองส่งน้ำ", 1250000),
    ("โครงการอบรมอาสาสมัครป้องกันภัยฝ่ายพลเรือน", 215000),
]
VIEWS_LABEL = "จำนวนผู้เข้าชม :"
SHARE = "แชร์ข่าวนี้"
RELATED = "อ่านข่าวที่เกี่ยวข้อง"
FEATURED = "ข่าวเด่น"
RECENT = "เรื่องล่าสุด"
ARCHIVE = "คลังเก็บ"
COMMENT = "ใส่ความเห็น"
LOGIN = "คุณต้องเข้าสู่ระบบ เพื่อแสดงความเห็น"
THEME = "Theme: Spacious by ThemeGrill."
PDPA = "เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสบการณ์การใช้งาน ท่านสามารถอ่านนโยบายความเป็นส่วนตัวได้ที่นี่"
DELETED_TITLE = "ประกาศผลการคัดเลือกบุคคลเพื่อจ้างเป็นพนักงานจ้างเหมาบริการ"
DELETED_DATE = dt.datetime(2024, 2, 3, 13, 5, tzinfo=TZ)
MEMBERS = "เนื้อหานี้สงวนไว้สำหรับสมาชิก กรุณาเข้าสู่ระบบ"


def wp_slug(title: str) -> str:
    """sanitize_title for a Thai headline: punctuation dropped, spaces to hyphens, the
    percent-encoded (lower-case) form cut at 200 characters on a whole character."""
    s = re.sub(r"[^\w\u0e00-\u0e7f\s-]", "", title.lower())
    s = re.sub(r"[\s_]+", "-", s).strip("-")
    s = re.sub(r"-{2,}", "-", s)
    out = ""
    for ch in s:
        if len(quote(out + ch, safe="-").lower()) > 200:
            break
        out += ch
    return out.strip("-")


def enc_lower(s: str) -> str:
    return quote(s, safe="/-").lower()


def enc_upper(s: str) -> str:
    return quote(s, safe="/-")


def time_ago(d: dt.datetime) -> str:
    days = (NOW - d).days
    if days < 1:
        return f"{max(1, (NOW - d).seconds // 3600)} ชั่วโมงที่แล้ว"
    if days < 7:
        return f"{days} วันที่แล้ว"
    if days < 30:
        return f"{days // 7} สัปดาห์ที่แล้ว"
    return f"{days // 30} เดือนที่แล้ว"


def ampm(d: dt.datetime) -> str:
    return f"{d.hour:02d}:{d.minute:02d} น."


class SpaciousSite(BaseSite):
    key = "b56_wp_spacious_thaislug_tabs"
    family = "wordpress"
    imitates = (
        "provincial office PR news on WordPress 5.9 + Spacious (ThemeGrill): Thai permalinks "
        "linked lower-case encoded, upper-case encoded and raw Thai; 'time ago' dates with the "
        "date only in <time datetime>; event dates opening the text while the date line comes "
        "after the content; Shortcodes Ultimate tabs (text / gallery / documents); budget "
        "tables in the text; WP-PageNavi, AddToAny, Post Views Counter"
    )
    listing_path = "/category/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 11, 17, 0, tzinfo=TZ), offset=12
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        seen = set()
        for i, a in enumerate(arts):
            a.id = 3300 + (n - i) * 7
            slug = wp_slug(a.title)
            while slug in seen:
                slug += "-2"
            seen.add(slug)
            d = a.published
            a.extra["slug"] = slug
            a.extra["dir"] = f"/{d.year}/{d.month:02d}/{d.day:02d}/"
            a.path = a.extra["dir"] + enc_lower(slug) + "/"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["src_label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.modified = None
            # the event the post announces (after) or reports (before)
            ev = d + dt.timedelta(days=(3 + i % 5) if i % 2 else -(1 + i % 3))
            ev = ev.replace(hour=9 if i % 3 else 13, minute=0 if i % 2 else 30)
            a.extra["event"] = ev
            verb = "กำหนดจัดกิจกรรม" if i % 2 else "ได้จัดกิจกรรม"
            a.paras.insert(
                0,
                f"{UNIT} แจ้งว่า จังหวัดอ่างทอง{verb}ในวัน{WEEKDAYS[ev.weekday()][3:]}ที่ {ev.day} "
                f"{MONTHS[ev.month - 1]} {be(ev)} เวลา {ev.hour:02d}.{ev.minute:02d} น. "
                f"ณ {PLACES[i % len(PLACES)]} โดยมีรายละเอียดดังนี้",
            )
            a.extra["tabs"] = i % 3 == 1
            a.extra["table"] = i % 4 == 2
        self.articles = arts
        self.by_slug = {a.extra["slug"]: a for a in arts}
        self.deleted_slug = wp_slug(DELETED_TITLE)
        d = DELETED_DATE
        self.deleted_path = f"/{d.year}/{d.month:02d}/{d.day:02d}/{enc_lower(self.deleted_slug)}/"

    def listing_pages(self):
        return ["/category/news/", "/category/news/page/2/", "/category/news/page/3/"]

    def deleted_paths(self):
        return [self.deleted_path]

    # ------------------------------------------------------------------ pieces
    def neighbours(self, a):
        i = self.articles.index(a)
        prev = self.articles[i + 1] if i + 1 < len(self.articles) else None
        nxt = self.articles[i - 1] if i > 0 else None
        return prev, nxt

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 6)]

    def featured(self):
        return [self.articles[k] for k in (4, 9, 15)]

    def date_html(self, a) -> str:
        d = a.published
        return (
            f'<span class="date"><a href="{a.path}" title="{ampm(d)}" rel="bookmark">'
            f'<time class="entry-date published updated" datetime="{d.isoformat()}">'
            f"{time_ago(d)}</time></a></span>"
        )

    def meta_bar(self, a) -> str:
        return f"""<footer class="entry-meta-bar clearfix">
<div class="entry-meta clearfix">
<span class="by-author author vcard"><a class="url fn n" href="/author/pr-angthong/">pr-angthong</a></span>
{self.date_html(a)}
<span class="category"><a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></span>
<span class="comments"><a href="{a.path}#respond">ไม่มีความเห็น</a></span>
</div>
</footer>"""

    def shell(self, title: str, main_html: str, *, body_class: str, head_extra: str = "") -> str:
        recent = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        featured = "".join(
            f'<li><a href="{x.extra["dir"]}{x.extra["slug"]}/">{esc(x.title)}</a></li>'
            for x in self.featured()
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} &#8211; {OFFICE}</title>
{head_extra}
<link rel='stylesheet' id='spacious_style-css' href='/wp-content/themes/spacious/style.css?ver=5.9.3' type='text/css' media='all' />
<link rel='stylesheet' id='su-shortcodes-css' href='/wp-content/plugins/shortcodes-ultimate/includes/css/shortcodes.css?ver=5.12.0' type='text/css' media='all' />
<link rel='stylesheet' id='addtoany-css' href='/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' type='text/css' media='all' />
</head>
<body class="{body_class} better-responsive-menu narrow-1218">
<div id="page" class="hfeed site">
<a class="skip-link screen-reader-text" href="#main">ข้ามไปยังเนื้อหา</a>
<header id="masthead" class="site-header clearfix spacious-header-display-one">
<div id="header-text-nav-container" class="">
<div class="inner-wrap" id="spacious-header-display-one">
<div id="header-text-nav-wrap" class="clearfix">
<div id="header-left-section">
<div id="header-logo-image"><a href="/" class="custom-logo-link" rel="home"><img width="90" height="90" src="/wp-content/uploads/2021/06/logo-angthong.png" class="custom-logo" alt="{OFFICE}" /></a></div>
<div id="header-text" class="">
<h3 id="site-title"><a href="/" title="{OFFICE}" rel="home">{OFFICE}</a></h3>
<p id="site-description">Angthong Provincial Office</p>
</div>
</div>
<div id="header-right-section">
<div class="header-action"><div class="search-wrapper"><div class="search"><i class="fa fa-search"> </i></div></div></div>
<nav id="site-navigation" class="main-navigation clearfix" role="navigation">
<p class="menu-toggle">เมนู</p>
<div class="menu-primary-container"><ul id="menu-main" class="menu"><li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item"><a href="/about/">เกี่ยวกับหน่วยงาน</a></li><li class="menu-item current-menu-item"><a href="/category/news/">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/category/procurement/">ข่าวจัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/ita/">ITA</a></li><li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li></ul></div>
</nav>
</div>
</div>
</div>
</div>
{main_html}
<footer id="colophon" class="clearfix">
<div class="footer-widgets-wrapper"><div class="inner-wrap"><div class="footer-widgets-area clearfix">
<div class="tg-one-third"><aside class="widget widget_text"><h3 class="widget-title"><span>ติดต่อ</span></h3><div class="textwidget"><p>{UNIT} ศาลากลางจังหวัดอ่างทอง ถนนเทศบาล 1 ตำบลบางแก้ว อำเภอเมือง จังหวัดอ่างทอง 14000 โทร. 0 3561 1234</p></div></aside></div>
</div></div></div>
<div class="footer-socket-wrapper clearfix"><div class="inner-wrap"><div class="footer-socket-area">
<div class="copyright">Copyright &copy; 2024 <a href="/" title="{OFFICE}"><span>{OFFICE}</span></a>. All rights reserved. {THEME} Powered by: <a href="https://wordpress.org" target="_blank" rel="nofollow"><span>WordPress</span></a>.</div>
</div></div></div>
</footer>
<a href="#masthead" id="scroll-up"></a>
</div>
<div id="pdpa-consent" class="pdpa-bar">{PDPA} <a href="/privacy-policy/">นโยบายความเป็นส่วนตัว</a> <button type="button" class="pdpa-accept">ยอมรับ</button></div>
<script type='text/javascript' src='/wp-content/themes/spacious/js/navigation.js?ver=5.9.3' id='spacious-navigation-js'></script>
<script type='text/javascript' src='/wp-content/plugins/shortcodes-ultimate/includes/js/shortcodes/index.js?ver=5.12.0' id='su-shortcodes-js'></script>
</body>
</html>
""".replace("<!--sidebar-->", self.sidebar(recent, featured))

    def sidebar(self, recent: str, featured: str) -> str:
        return f"""<div id="secondary">
<aside id="search-2" class="widget widget_search"><form action="/" class="search-form searchform clearfix" method="get"><div class="search-wrap"><input type="text" placeholder="ค้นหา" class="s field" name="s"><button class="search-icon" type="submit"></button></div></form></aside>
<aside id="custom_html-3" class="widget_text widget widget_custom_html"><h3 class="widget-title"><span>{FEATURED}</span></h3><div class="textwidget custom-html-widget"><ul class="featured-news">{featured}</ul></div></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title"><span>{RECENT}</span></h3><ul>{recent}</ul></aside>
<aside id="archives-2" class="widget widget_archive"><h3 class="widget-title"><span>{ARCHIVE}</span></h3><ul><li><a href='/2024/03/'>มีนาคม 2024</a></li><li><a href='/2024/02/'>กุมภาพันธ์ 2024</a></li><li><a href='/2024/01/'>มกราคม 2024</a></li></ul></aside>
</div>"""

    def main_wrap(self, header_title: str, crumbs: str, content: str) -> str:
        return f"""<div class="header-post-title-container clearfix"><div class="inner-wrap"><div class="post-title-wrapper">
<h1 class="header-post-title-class">{esc(header_title)}</h1>
</div>
<div class="breadcrumb" xmlns:v="http://rdf.data-vocabulary.org/#">{crumbs}</div>
</div></div>
</header>
<div id="main" class="clearfix">
<div class="inner-wrap">
<div id="primary">
<div id="content" class="clearfix">
{content}
</div>
</div>
<!--sidebar-->
</div>
</div>"""

    # ------------------------------------------------------------------ listing
    def render_listing(self, page: int):
        pages = paginate(self.articles, PER)
        if not 1 <= page <= len(pages):
            return None
        posts = []
        for a in pages[page - 1]:
            excerpt = esc(a.paras[0][:220]) + " [&hellip;]"
            posts.append(f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<div class="post-featured-image"><a href="{a.path}" title="{esc(a.title)}"><img width="750" height="350" src="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/{a.id}-750x350.jpg" class="attachment-featured-blog-large size-featured-blog-large wp-post-image" alt="" loading="lazy" /></a></div>
<header class="entry-header">
<h2 class="entry-title"><a href="{a.path}" title="{esc(a.title)}">{esc(a.title)}</a></h2>
</header>
<div class="entry-content clearfix">
<p>{excerpt}</p>
<a class="more-link" title="{esc(a.title)}" href="{a.path}"><span>อ่านต่อ</span></a>
</div>
{self.meta_bar(a)}
</article>""")
        if page == 2:
            d = DELETED_DATE
            posts.insert(
                3,
                f"""<article id="post-3301" class="post-3301 post type-post status-publish format-standard hentry category-news">
<header class="entry-header">
<h2 class="entry-title"><a href="{self.deleted_path}" title="{esc(DELETED_TITLE)}">{esc(DELETED_TITLE)}</a></h2>
</header>
<div class="entry-content clearfix"><p>{MEMBERS}</p></div>
<footer class="entry-meta-bar clearfix"><div class="entry-meta clearfix"><span class="date"><a href="{self.deleted_path}" title="{ampm(d)}" rel="bookmark"><time class="entry-date published updated" datetime="{d.isoformat()}">{time_ago(d)}</time></a></span></div></footer>
</article>""",
            )
        last = len(pages)

        def pl(k):
            return "/category/news/" if k == 1 else f"/category/news/page/{k}/"

        nav = [f"<span class='pages'>หน้า {page} จาก {last}</span>"]
        if page > 1:
            nav.append(f'<a class="previouspostslink" rel="prev" href="{pl(page - 1)}">&laquo;</a>')
        for k in range(1, last + 1):
            if k == page:
                nav.append(f"<span aria-current='page' class='current'>{k}</span>")
            else:
                nav.append(f'<a class="page larger" title="หน้า {k}" href="{pl(k)}">{k}</a>')
        if page < last:
            nav.append(f'<a class="nextpostslink" rel="next" href="{pl(page + 1)}">&raquo;</a>')
        content = (
            "\n".join(posts) + f"\n<div class='wp-pagenavi' role='navigation'>{''.join(nav)}</div>"
        )
        crumbs = '<span property="itemListElement"><a href="/">หน้าแรก</a></span> &gt; <span class="current-item">ข่าวประชาสัมพันธ์</span>'
        text = self.shell(
            "ข่าวประชาสัมพันธ์",
            self.main_wrap("ข่าวประชาสัมพันธ์", crumbs, content),
            body_class="archive category category-news wp-custom-logo",
        )
        return self.html_response(text)

    # ------------------------------------------------------------------ article
    def table_html(self, a) -> str:
        rows = PROJECTS[a.id % 2 :][:3]
        total = sum(v for _, v in rows)
        trs = "".join(
            f"<tr><td>{k + 1}</td><td>{n}</td><td>{v:,}</td></tr>" for k, (n, v) in enumerate(rows)
        )
        return f"""<p>ทั้งนี้ จังหวัดได้รับจัดสรรงบประมาณ ประจำปีงบประมาณ พ.ศ. 2567 ดังนี้</p>
<figure class="wp-block-table"><table><thead><tr><th>ลำดับ</th><th>โครงการ</th><th>งบประมาณ (บาท)</th></tr></thead><tbody>{trs}<tr><td></td><td><strong>รวมทั้งสิ้น</strong></td><td><strong>{total:,}</strong></td></tr></tbody></table></figure>"""

    def gallery_html(self, a) -> str:
        items = []
        for k in range(1, 4):
            items.append(
                f"""<figure class='gallery-item'><div class='gallery-icon landscape'><a href='/wp-content/uploads/{a.published.year}/{a.published.month:02d}/{a.id}-{k}.jpg'><img width="150" height="150" src="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/{a.id}-{k}-150x150.jpg" class="attachment-thumbnail size-thumbnail" alt="" loading="lazy" aria-describedby="gallery-{a.id}-{k}" /></a></div><figcaption class='wp-caption-text gallery-caption' id='gallery-{a.id}-{k}'>ภาพกิจกรรมที่ {k}</figcaption></figure>"""
            )
        return f"<div id='gallery-1' class='gallery galleryid-{a.id} gallery-columns-3 gallery-size-thumbnail'>{''.join(items)}</div>"

    def text_html(self, a) -> str:
        out = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["table"]:
            out.insert(len(out) - 1, self.table_html(a))
        if a.source:
            out.append(
                f'<p style="text-align: right;"><strong>{a.extra["src_label"]} :</strong> {esc(a.source)}</p>'
            )
        return "\n".join(out)

    def content_html(self, a) -> str:
        if a.extra["tabs"]:
            docs = f"""<ul><li><a href="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/doc-{a.id}.pdf">ดาวน์โหลดเอกสาร (PDF)</a></li></ul>"""
            return f"""<div class="su-tabs su-tabs-style-default" data-active="1" data-scroll-offset="0" data-anchor-in-url="no">
<div class="su-tabs-nav"><span class="" data-url="" data-target="blank" tabindex="0" role="button">รายละเอียดข่าว</span><span class="" data-url="" data-target="blank" tabindex="0" role="button">ภาพกิจกรรม</span><span class="" data-url="" data-target="blank" tabindex="0" role="button">เอกสารประกอบ</span></div>
<div class="su-tabs-panes">
<div class="su-tabs-pane su-u-clearfix su-u-trim" data-title="รายละเอียดข่าว">
{self.text_html(a)}
</div>
<div class="su-tabs-pane su-u-clearfix su-u-trim" data-title="ภาพกิจกรรม">
{self.gallery_html(a)}
</div>
<div class="su-tabs-pane su-u-clearfix su-u-trim" data-title="เอกสารประกอบ">
{docs}
</div>
</div>
</div>"""
        return self.text_html(a) + "\n" + self.gallery_html(a)

    def render_article(self, a):
        prev, nxt = self.neighbours(a)
        rel = "".join(
            f'<li><a href="{x.extra["dir"]}{enc_upper(x.extra["slug"])}/">{esc(x.title)}</a></li>'
            for x in self.related(a)
        )
        tags = "&nbsp;&nbsp;&nbsp;&nbsp;".join(
            f'<a href="/tag/{enc_lower(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags
        )
        tags_html = f'<div class="tags">Tagged on: {tags}</div>' if a.tags else ""
        u = f"https://www.angthong.go.th{a.path}"
        nav = '<ul class="default-wp-page clearfix">'
        nav += (
            f'<li class="previous"><a href="{prev.path}" rel="prev"><span class="meta-nav">&larr;</span> {esc(prev.title)}</a></li>'
            if prev
            else ""
        )
        nav += (
            f'<li class="next"><a href="{nxt.path}" rel="next">{esc(nxt.title)} <span class="meta-nav">&rarr;</span></a></li>'
            if nxt
            else ""
        )
        nav += "</ul>"
        article = f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-news">
<div class="entry-content clearfix">
{self.content_html(a)}
<div class="post-views content-post post-{a.id} entry-meta"><span class="post-views-icon dashicons dashicons-chart-bar"></span><span class="post-views-label">{VIEWS_LABEL} </span><span class="post-views-count">{a.views:,}</span></div>
<div class="related-news"><h4>{RELATED}</h4><ul>{rel}</ul></div>
<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">{SHARE}</div><div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{u}" data-a2a-title="{esc(a.title)}"><a class="a2a_button_facebook" href="https://www.addtoany.com/add_to/facebook?linkurl={quote(u, safe="")}" title="Facebook" rel="nofollow noopener" target="_blank"></a><a class="a2a_button_line" href="https://www.addtoany.com/add_to/line?linkurl={quote(u, safe="")}" title="Line" rel="nofollow noopener" target="_blank"></a><a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>
{tags_html}
</div>
{self.meta_bar(a)}
</article>
{nav}
<div id="comments" class="comments-area">
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">{COMMENT}</h3><p class="must-log-in">{LOGIN.replace("เข้าสู่ระบบ", '<a href="/wp-login.php">เข้าสู่ระบบ</a>')}</p></div>
</div>"""
        crumbs = (
            '<span property="itemListElement"><a href="/">หน้าแรก</a></span> &gt; '
            '<span property="itemListElement"><a href="/category/news/">ข่าวประชาสัมพันธ์</a></span> &gt; '
            f'<span class="current-item">{esc(a.title)}</span>'
        )
        head = f'<link rel="canonical" href="{a.path}" />'
        text = self.shell(
            a.title,
            self.main_wrap(a.title, crumbs, article),
            body_class=f"post-template-default single single-post postid-{a.id} single-format-standard",
            head_extra=head,
        )
        return self.html_response(text)

    def render_deleted(self):
        d = DELETED_DATE
        article = f"""<article id="post-3301" class="post-3301 post type-post status-publish format-standard hentry category-news">
<div class="entry-content clearfix">
<div class="members-access-error"><p>{MEMBERS}</p></div>
<form name="loginform" id="loginform" action="/wp-login.php" method="post"><p class="login-username"><label for="user_login">ชื่อผู้ใช้</label><input type="text" name="log" id="user_login" class="input" value="" size="20" /></p><p class="login-password"><label for="user_pass">รหัสผ่าน</label><input type="password" name="pwd" id="user_pass" class="input" value="" size="20" /></p><p class="login-submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary" value="เข้าสู่ระบบ" /></p></form>
</div>
<footer class="entry-meta-bar clearfix"><div class="entry-meta clearfix"><span class="date"><a href="{self.deleted_path}" title="{ampm(d)}" rel="bookmark"><time class="entry-date published updated" datetime="{d.isoformat()}">{time_ago(d)}</time></a></span></div></footer>
</article>"""
        crumbs = (
            '<span property="itemListElement"><a href="/">หน้าแรก</a></span> &gt; <span class="current-item">'
            + esc(DELETED_TITLE)
            + "</span>"
        )
        text = self.shell(
            DELETED_TITLE,
            self.main_wrap(DELETED_TITLE, crumbs, article),
            body_class="post-template-default single single-post postid-3301",
        )
        return self.html_response(text)

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == "/":
            return 302, {"Location": f"{base}/category/news/"}, b""
        if path in ("/category/news", "/category/news/"):
            return self.render_listing(1)
        m = re.fullmatch(r"/category/news/page/(\d+)/?", path)
        if m:
            return self.render_listing(int(m[1]))
        m = re.fullmatch(r"/(\d{4})/(\d{2})/(\d{2})/([^/]+)/?", path)
        if m:
            slug = m[4].lower()
            if slug == self.deleted_slug:
                return self.render_deleted()
            a = self.by_slug.get(slug)
            if a is None or a.extra["dir"] != f"/{m[1]}/{m[2]}/{m[3]}/":
                return None
            return self.render_article(a)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            page = html.unescape(self.render_article(a)[2].decode("utf-8"))
            prev, nxt = self.neighbours(a)
            must_not = [
                VIEWS_LABEL,
                SHARE,
                RELATED,
                FEATURED,
                RECENT,
                ARCHIVE,
                COMMENT,
                LOGIN,
                THEME,
                PDPA,
                "Tagged on:",
                "ภาพกิจกรรมที่ 1",
                "ดาวน์โหลดเอกสาร (PDF)",
                time_ago(a.published),
                *[x.title for x in self.related(a)],
                *[x.title for x in self.featured() if x is not a],
                *[x.title for x in (prev, nxt) if x],
            ]
            must_not = [s for s in must_not if s in page]
            rec = expected_record(a, published_time=True, modified=False, must_not=must_not)
            if a.extra["table"]:
                rows = PROJECTS[a.id % 2 :][:3]
                rec["body_must"].append(rows[1][0])
            out.append(rec)
        return out


SITE = SpaciousSite()

if __name__ == "__main__":
    main(SITE)
