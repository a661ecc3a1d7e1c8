"""Blind-51 red-team site (part A): a provincial agriculture office (สำนักงานเกษตรจังหวัดลำพูน)
on **WordPress 6.4 with a child theme of Twenty Twelve** (`div#page.hfeed.site`,
`header#masthead`, `nav#site-navigation.main-navigation`, `div#main.wrapper`,
`div#primary.site-content > div#content`, `article.post > header.entry-header > h1.entry-title`,
`div.entry-content`, **the date only in `footer.entry-meta` after the text** — "เรื่องนี้ถูกเขียนใน
<cat> และติดป้ายกำกับ <tags> เมื่อ <time class="entry-date" datetime=…>15 มิถุนายน 2024</time>
โดย …", a CE year with a Thai month —, `nav.nav-single`, `div#comments.comments-area` with
`ol.commentlist`, `div#secondary.widget-area`), the **Numeric** permalink structure
(`/archives/%post_id%`), **WP-PageNavi** on the category archive, **Scriptless Social Sharing**
(its `div.scriptlesssocialsharing` appended to `the_content`, i.e. inside `div.entry-content`),
Cookie Notice. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): child themes and copies of Twenty Twelve's
`functions.php` (`twentytwelve_entry_meta()`: the category list, tag list, the
`<a rel="bookmark" title="<time>"><time class="entry-date" datetime="c">date</time></a>` and
the `by-author` span; `twentytwelve_content_nav( 'nav-below' )` and child themes replacing it
with `wp_pagenavi()`), and Scriptless Social Sharing's output class (`div.scriptlesssocialsharing`,
a heading, `div.scriptlesssocialsharing__buttons` of `a.button.<network>` with the network name
in `span.sss-name` and "Share on" in `screen-reader-text`) and readme (buttons added through the
`the_content` filter). Twenty Twelve's `content.php` / `single.php` / `comments.php`, WP-PageNavi's
markup, WordPress's password-protected post output and Cookie Notice's bar are from memory of
their documentation. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- `/archives/category/news` (category archive, 8 posts a page), `/archives/category/news/page/2`,
  `/page/3` (WP-PageNavi "หน้า 1 จาก 3", numbered links, "»"); **the archive prints each post's
  content up to its `<!--more-->` (Twenty Twelve shows the_content, not excerpts)**, so the first
  paragraph of every post is on the listing, with "อ่านต่อ →" (`#more-<id>`);
- **NEW: Thai stored as numeric character references** — posts migrated from the office's old
  site (one in four) hold their headline, text and source line as `&#3626;&#3635;…` in
  `post_content` / `post_title`; WordPress prints them as stored (`<title>`, `h1`, the text,
  the listing); the expected title / text / source are the decoded Thai;
- **NEW: text pasted from a PDF** (one in four): every sara am decomposed (`ํา`, U+0E4D U+0E32,
  instead of `ำ`), with **zero-width spaces inside the words** (half of them) or **soft hyphens
  (`&shy;`) inside the words** (the other half); the expected phrases are the clean text (NFC,
  `ำ`, no ZWSP / soft hyphen);
- **NEW: a headline that carries another date** — "ข่าวประจำวันที่ 12 มิถุนายน 2567 …" (the
  day of the events, one to three days before the post) on three posts; the post date is the
  one in `footer.entry-meta` (and a corpus headline "… ประจำวันที่ 9 กรกฎาคม 2563" keeps its own);
- **NEW: the text opens by repeating the headline** as a bold first paragraph (one post in
  three), and **ends with "ข่าวที่เกี่ยวข้อง" typed by the editor inside `div.entry-content`**: a
  `<p>` holding the label, `<br />` and two links to other posts (one post in three), with no
  heading tag around it, followed by the share box (also inside `div.entry-content`);
- the date only after the text (`footer.entry-meta`, a CE year, the time only in the link's
  `title` and the `datetime`), no modified date, no view counter; the source as "ที่มา :",
  "ข่าว/ภาพ :" or "เรียบเรียง :" + office as the last paragraph (three posts in four);
- furniture: Scriptless share box "แชร์ข่าวนี้:" (Facebook / X / LINE / อีเมล) inside the
  content, tags in the meta line, `nav.nav-single` with neighbour titles, **long visitors'
  comments** (names, dates) in `ol.commentlist` on one post in four and "ใส่ความเห็น" / the
  login prompt, sidebar "เรื่องล่าสุด" (titles), "คลังเก็บ" (months), a visitor counter widget,
  Cookie Notice bar.
Deleted: `/archives/2090` linked from page 2: **a post switched to password protection**
(200: "ถูกป้องกัน: …" headline, WordPress's "เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน …" and the password
form, the entry meta still printed); not expected.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from urllib.parse import unquote

from ._common import MONTHS, TZ, BaseSite, be, esc, expected_record, main, make_articles, paginate
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดลำพูน"
TAGLINE = "Lamphun Provincial Agricultural Extension Office"
CAT = "ข่าวประชาสัมพันธ์"
PER = 8
SOURCES = [
    ("ที่มา :", "สำนักงานเกษตรจังหวัดลำพูน"),
    ("ข่าว/ภาพ :", "กลุ่มยุทธศาสตร์และสารสนเทศ สนง.เกษตรจังหวัดลำพูน"),
    None,
    ("เรียบเรียง :", "สำนักงานประชาสัมพันธ์จังหวัดลำพูน"),
]
TAGS = ["เกษตรกร", "ลำไย", "ลำพูน", "ศพก.", "แปลงใหญ่", "Young Smart Farmer"]
DELETED_ID = 2090
DELETED_TITLE = "ประกาศรายชื่อเกษตรกรผู้ได้รับการคัดเลือก ประจำปี 2567"
PROTECTED = "เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน หากต้องการดู กรุณาใส่รหัสผ่านด้านล่าง:"
SHARE_HEAD = "แชร์ข่าวนี้:"
RELATED = "ข่าวที่เกี่ยวข้อง"
RECENT = "เรื่องล่าสุด"
ARCHIVES = "คลังเก็บ"
COUNTER = "สถิติผู้เข้าชมเว็บไซต์ 318,442 ครั้ง"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน"
LEAVE_REPLY = "ใส่ความเห็น"
LOGIN_PROMPT = "คุณต้องเข้าสู่ระบบเพื่อเขียนความเห็น"
FOOTER = "ศาลากลางจังหวัดลำพูน ถนนลำพูน-ป่าซาง ตำบลเวียงยอง อำเภอเมืองลำพูน จังหวัดลำพูน 51000"
COMMENTERS = [
    ("ลุงสมบูรณ์ บ้านธิ", 0),
    ("แม่อุ๊ยจันทร์ ป่าซาง", 1),
    ("ครูวิชัย ลี้", 2),
    ("Yupa K.", 3),
]
COMMENT_TEXTS = [
    "ขอบคุณสำนักงานเกษตรที่ลงพื้นที่มาให้ความรู้กับชาวบ้านครับ ปีนี้ลำไยที่สวนผมติดลูกน้อยกว่าทุกปี อยากให้มีเจ้าหน้าที่มาดูแปลงที่หมู่ 7 ตำบลบ้านธิด้วย เพราะน้ำในลำเหมืองแห้งตั้งแต่เดือนมีนาคมแล้ว",
    "อยากทราบว่าถ้าจะสมัครเข้ากลุ่มแปลงใหญ่ต้องเตรียมเอกสารอะไรบ้างคะ ลูกสาวบอกให้มาถามในเว็บนี้ เพราะไปที่เกษตรอำเภอสองครั้งแล้วไม่เจอเจ้าหน้าที่ ถ้ามีเบอร์โทรติดต่อโดยตรงรบกวนแจ้งด้วยนะคะ",
    "เป็นกิจกรรมที่ดีมากครับ นักเรียนของผมได้ไปดูงานที่ศูนย์เรียนรู้เมื่อเทอมที่แล้ว กลับมาทำแปลงผักในโรงเรียนกันใหญ่ อยากให้จัดต่อเนื่องทุกปีและขยายไปถึงโรงเรียนในอำเภอรอบนอกด้วยครับ",
    "ติดตามข่าวจากหน้านี้ตลอดค่ะ ข้อมูลละเอียดดีมาก แต่รูปภาพบางข่าวเปิดไม่ขึ้นในมือถือ ไม่แน่ใจว่าเป็นที่เครื่องหรือที่เว็บไซต์ ฝากผู้ดูแลระบบตรวจสอบด้วยนะคะ ขอบคุณค่ะ",
]


def ncr(s: str) -> str:
    """Every non-ASCII character as a decimal numeric character reference (as the old site's
    export stored it); ASCII is HTML-escaped."""
    return "".join(f"&#{ord(c)};" if ord(c) > 127 else esc(c) for c in s)


def pdf_paste(s: str, k: int, mode: str) -> str:
    """A PDF copy: sara am decomposed; a zero-width space or a soft hyphen inside words."""
    s = s.replace("\u0e33", "\u0e4d\u0e32")
    out = []
    for word in s.split(" "):
        if len(word) >= 12:
            cut = len(word) // 2
            # never split a base character from its combining marks
            while cut < len(word) and (
                unicodedata.category(word[cut]) == "Mn" or word[cut] in "\u0e32\u0e33"
            ):
                cut += 1
            sep = "\u200b" if mode == "zwsp" else "\u00ad"
            word = word[:cut] + sep + word[cut:]
        out.append(word)
    text = esc(" ".join(out))
    return text.replace("\u00ad", "&shy;")


def ce_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class WpTwentyTwelveSite(BaseSite):
    key = "b51_wp_tt12_ncrpaste"
    family = "wordpress"
    imitates = (
        "WordPress 6.4 + Twenty Twelve child theme, numeric permalinks /archives/N, WP-PageNavi "
        "category archive printing each post up to <!--more-->; date only in footer.entry-meta "
        "after the text (CE year, time in datetime/title); migrated posts stored as numeric "
        "character references (&#3626;…); PDF-pasted posts with decomposed sara am and ZWSP / "
        "soft hyphens inside words; headlines carrying another day ('ข่าวประจำวันที่ …'); the "
        "headline repeated as the first bold paragraph; an editor-typed 'ข่าวที่เกี่ยวข้อง' <p> "
        "and Scriptless Social Sharing inside div.entry-content; long visitor comments; "
        "password-protected deleted post"
    )
    listing_path = "/archives/category/news"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 6, 28, 16, 0, tzinfo=TZ), offset=3
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 2000 + (n - i) * 7
            a.path = f"/archives/{a.id}"
            if i in (2, 9, 17):
                ev = a.published - dt.timedelta(days=1 + i % 3)
                a.title = f"ข่าวประจำวันที่ {ev.day} {MONTHS[ev.month - 1]} {be(ev)} {a.title}"
            src = SOURCES[(i + i // 4) % len(SOURCES)]
            a.extra["src"] = src
            a.source = src[1] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.modified = None
            a.views = None
            a.time_printed = True
            a.extra["enc"] = {1: "ncr", 3: "zwsp" if i % 8 == 3 else "shy"}.get(i % 4, "plain")
            a.extra["repeat"] = i % 3 == 0
            a.extra["related"] = i % 3 == 1
            a.extra["comments"] = i % 4 == 0
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)
        assert len(self.pages) == 3 and DELETED_ID not in self.by_id

    def listing_pages(self):
        return [self.listing_path, f"{self.listing_path}/page/2", f"{self.listing_path}/page/3"]

    def deleted_paths(self):
        return [f"/archives/{DELETED_ID}"]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (4, 9)]

    def comments(self, a):
        i = self.articles.index(a)
        return [(COMMENTERS[(i + k) % 4], COMMENT_TEXTS[(i + k) % 4]) for k in range(2)]

    # ------------------------------------------------------------ text in the site's encodings
    def t(self, a, s: str) -> str:
        """A string of a's stored content as the page prints it."""
        enc = a.extra["enc"]
        if enc == "ncr":
            return ncr(s)
        if enc in ("zwsp", "shy"):
            return pdf_paste(s, a.id, enc)
        return esc(s)

    def title_html(self, a) -> str:
        return ncr(a.title) if a.extra["enc"] == "ncr" else esc(a.title)

    def body_html(self, a, base: str) -> str:
        out = []
        if a.extra["repeat"]:
            out.append(f"<p><strong>{self.title_html(a)}</strong></p>")
        for j, p in enumerate(a.paras):
            out.append(f"<p>{self.t(a, p)}</p>")
            if j == 0:
                out.append(f'<p><span id="more-{a.id}"></span></p>')
        src = a.extra["src"]
        if src:
            out.append(f"<p>{self.t(a, src[0] + ' ' + src[1])}</p>")
        if a.extra["related"]:
            links = "<br />\n".join(
                f'• <a href="{base}{x.path}">{esc(x.title)}</a>' for x in self.related(a)
            )
            out.append(f"<p>{RELATED}<br />\n{links}</p>")
        out.append(self.share(a, base))
        return "\n".join(out)

    def share(self, a, base: str) -> str:
        url = f"{base}{a.path}"
        nets = [
            ("facebook", f"https://www.facebook.com/sharer/sharer.php?u={url}", "Facebook"),
            ("twitter", f"https://twitter.com/intent/tweet?url={url}", "X"),
            ("line", f"https://social-plugins.line.me/lineit/share?url={url}", "LINE"),
            ("email", f"mailto:?body={url}", "อีเมล"),
        ]
        btns = "".join(
            f'<a class="button {k}" target="_blank" href="{esc(h)}" rel="noopener noreferrer nofollow">'
            f'<svg class="scriptlesssocialsharing__icon {k}" aria-hidden="true" role="img"><use href="#{k}"></use></svg>'
            f'<span class="sss-name"><span class="screen-reader-text">Share on </span>{n}</span></a>'
            for k, h, n in nets
        )
        return (
            f'<div class="scriptlesssocialsharing"><h3 class="scriptlesssocialsharing__heading">{SHARE_HEAD}</h3>'
            f'<div class="scriptlesssocialsharing__buttons">{btns}</div></div>'
        )

    def entry_meta(self, a) -> str:
        cat = f'<a href="/archives/category/news" rel="category tag">{CAT}</a>'
        d = a.published
        date = (
            f'<a href="{a.path}" title="{d:%H:%M}" rel="bookmark"><time class="entry-date" '
            f'datetime="{d.isoformat()}">{ce_date(d)}</time></a>'
        )
        author = '<span class="by-author"> โดย <span class="author vcard"><a class="url fn n" href="/archives/author/lpnagri" title="ดูเรื่องทั้งหมดโดย ฝ่ายบริหารทั่วไป" rel="author">ฝ่ายบริหารทั่วไป</a></span></span>'
        if a.tags:
            tags = ", ".join(
                f'<a href="/archives/tag/{TAGS.index(t) + 11}" rel="tag">{esc(t)}</a>'
                for t in a.tags
            )
            return f"เรื่องนี้ถูกเขียนใน {cat} และติดป้ายกำกับ {tags} เมื่อ {date}{author}."
        return f"เรื่องนี้ถูกเขียนใน {cat} เมื่อ {date}{author}."

    # ------------------------------------------------------------ shell
    def shell(self, title: str, content: str, *, body_class: str, canon: str = "", base: str = ""):
        recent = "".join(
            f'<li><a href="{base}{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        months = "".join(
            f'<li><a href="{base}/archives/date/2024/{m:02d}">{MONTHS[m - 1]} 2024</a></li>'
            for m in (6, 5, 4, 3)
        )
        link = f'<link rel="canonical" href="{base}{canon}" />\n' if canon else ""
        return f"""<!DOCTYPE html>
<!--[if IE 7]><html class="ie ie7" lang="th"><![endif]-->
<!--[if !(IE 7) & !(IE 8)]><!-->
<html lang="th">
<!--<![endif]-->
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width" />
<title>{title}</title>
<link rel="profile" href="https://gmpg.org/xfn/11" />
<link rel="pingback" href="{base}/xmlrpc.php">
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{base}/feed" />
<link rel='stylesheet' id='twentytwelve-style-css' href='{base}/wp-content/themes/lamphun-agri/style.css?ver=20231107' type='text/css' media='all' />
<link rel='stylesheet' id='scriptlesssocialsharing-css' href='{base}/wp-content/plugins/scriptless-social-sharing/includes/css/scriptlesssocialsharing-style.css?ver=3.2.4' type='text/css' media='all' />
<link rel='stylesheet' id='wp-pagenavi-css' href='{base}/wp-content/plugins/wp-pagenavi/pagenavi-css.css?ver=2.70' type='text/css' media='all' />
<meta name="generator" content="WordPress 6.4.5" />
{link}</head>

<body class="{body_class} custom-font-enabled single-author">
<div id="page" class="hfeed site">
	<header id="masthead" class="site-header">
		<hgroup>
			<h1 class="site-title"><a href="{base}/" title="{OFFICE}" rel="home">{OFFICE}</a></h1>
			<h2 class="site-description">{TAGLINE}</h2>
		</hgroup>
		<nav id="site-navigation" class="main-navigation">
			<button class="menu-toggle">เมนู</button>
			<a class="assistive-text" href="#content" title="ข้ามไปยังเนื้อหา">ข้ามไปยังเนื้อหา</a>
			<div class="menu-main-container"><ul id="menu-main" class="nav-menu"><li><a href="{base}/">หน้าแรก</a></li><li><a href="{base}/about">เกี่ยวกับหน่วยงาน</a></li><li class="current-menu-item"><a href="{base}/archives/category/news">{CAT}</a></li><li><a href="{base}/archives/category/procurement">จัดซื้อจัดจ้าง</a></li><li><a href="{base}/ita">ITA</a></li><li><a href="{base}/contact">ติดต่อเรา</a></li></ul></div>
		</nav><!-- #site-navigation -->
		<a href="{base}/"><img src="{base}/wp-content/uploads/2019/03/header-lpnagri.jpg" class="header-image" width="960" height="180" alt="{OFFICE}" /></a>
	</header><!-- #masthead -->

	<div id="main" class="wrapper">
	<div id="primary" class="site-content">
		<div id="content" role="main">
{content}
		</div><!-- #content -->
	</div><!-- #primary -->

			<div id="secondary" class="widget-area" role="complementary">
			<aside id="search-2" class="widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="{base}/"><div><label class="screen-reader-text" for="s">ค้นหาสำหรับ:</label><input type="text" value="" name="s" id="s" /><input type="submit" id="searchsubmit" value="ค้นหา" /></div></form></aside>
			<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">{RECENT}</h3><ul>{recent}</ul></aside>
			<aside id="archives-2" class="widget widget_archive"><h3 class="widget-title">{ARCHIVES}</h3><ul>{months}</ul></aside>
			<aside id="text-3" class="widget widget_text"><h3 class="widget-title">สถิติ</h3><div class="textwidget"><p>{COUNTER}</p></div></aside>
		</div><!-- #secondary -->
		</div><!-- #main .wrapper -->
	<footer id="colophon" role="contentinfo">
		<div class="site-info">{OFFICE} {FOOTER} | <a href="https://wordpress.org/" class="imprint" title="ระบบจัดการเนื้อหาส่วนบุคคลที่มีความหมาย">ขับเคลื่อนโดย WordPress</a></div><!-- .site-info -->
	</footer><!-- #colophon -->
</div><!-- #page -->

<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice" style="background-color: rgba(50,50,58,1);"><div class="cookie-notice-container" style="color: #fff"><span id="cn-notice-text" class="cn-text-container">{COOKIE}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="ยอมรับ">ยอมรับ</a><a href="{base}/privacy-policy" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="นโยบายความเป็นส่วนตัว">นโยบายความเป็นส่วนตัว</a></span></div></div>
<script type='text/javascript' src='{base}/wp-content/themes/twentytwelve/js/navigation.js?ver=20141205' id='twentytwelve-navigation-js'></script>
</body>
</html>
"""

    # ------------------------------------------------------------ listing
    def render_list(self, k: int, base: str):
        rows = []
        for a in self.pages[k]:
            rows.append(self.list_item(a, base))
        if k == 1:
            rows.insert(3, self.deleted_item(base))
        n = len(self.pages)
        pg = [f"<span class='pages'>หน้า {k + 1} จาก {n}</span>"]
        if k > 0:
            prev = self.listing_path if k == 1 else f"{self.listing_path}/page/{k}"
            pg.append(
                f'<a class="previouspostslink" rel="prev" aria-label="Previous Page" href="{base}{prev}">«</a>'
            )
        for j in range(n):
            href = self.listing_path if j == 0 else f"{self.listing_path}/page/{j + 1}"
            if j == k:
                pg.append(f"<span aria-current='page' class='current'>{j + 1}</span>")
            else:
                cls = "smaller" if j < k else "larger"
                pg.append(
                    f'<a class="page {cls}" title="หน้า {j + 1}" href="{base}{href}">{j + 1}</a>'
                )
        if k < n - 1:
            pg.append(
                f'<a class="nextpostslink" rel="next" aria-label="Next Page" href="{base}{self.listing_path}/page/{k + 2}">»</a>'
            )
        content = f"""
			<header class="archive-header">
				<h1 class="archive-title">คลังเก็บหมวดหมู่: <span>{CAT}</span></h1>
			</header><!-- .archive-header -->
{"".join(rows)}
			<div class='wp-pagenavi' role='navigation'>
{"".join(pg)}
</div>"""
        title = f"{CAT} | {OFFICE}" if k == 0 else f"{CAT} | {OFFICE} | หน้า {k + 1}"
        return self.html_response(
            self.shell(
                title,
                content,
                body_class=f"archive category category-news category-3 paged-{k + 1}",
                canon=self.listing_pages()[k],
                base=base,
            )
        )

    def list_item(self, a, base: str) -> str:
        more = f'<a href="{base}{a.path}#more-{a.id}" class="more-link">อ่านต่อ <span class="meta-nav">&rarr;</span></a>'
        first = ""
        if a.extra["repeat"]:
            first = f"<p><strong>{self.title_html(a)}</strong></p>\n"
        cls = " ".join(f"tag-{TAGS.index(t) + 11}" for t in a.tags)
        return f"""
	<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-news {cls}">
		<header class="entry-header">
			<h1 class="entry-title"><a href="{base}{a.path}" rel="bookmark">{self.title_html(a)}</a></h1>
			<div class="comments-link"><a href="{base}{a.path}#respond"><span class="leave-reply">{LEAVE_REPLY}</span></a></div>
		</header><!-- .entry-header -->
		<div class="entry-content">
			{first}<p>{self.t(a, a.paras[0])}</p>
<p> {more}</p>
		</div><!-- .entry-content -->
		<footer class="entry-meta">
			{self.entry_meta(a)}
		</footer><!-- .entry-meta -->
	</article><!-- #post -->"""

    def deleted_item(self, base: str) -> str:
        d = dt.datetime(2024, 6, 3, 10, 5, tzinfo=TZ)
        return f"""
	<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard post-password-required hentry category-news">
		<header class="entry-header">
			<h1 class="entry-title"><a href="{base}/archives/{DELETED_ID}" rel="bookmark">ถูกป้องกัน: {DELETED_TITLE}</a></h1>
		</header>
		<div class="entry-content">
			<form action="{base}/wp-login.php?action=postpass" class="post-password-form" method="post"><p>{PROTECTED}</p><p><label for="pwbox-{DELETED_ID}">รหัสผ่าน: <input name="post_password" id="pwbox-{DELETED_ID}" type="password" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form>
		</div>
		<footer class="entry-meta">เรื่องนี้ถูกเขียนใน <a href="/archives/category/news" rel="category tag">{CAT}</a> เมื่อ <a href="/archives/{DELETED_ID}" title="{d:%H:%M}" rel="bookmark"><time class="entry-date" datetime="{d.isoformat()}">{ce_date(d)}</time></a>.</footer>
	</article>"""

    # ------------------------------------------------------------ single
    def render_post(self, a, base: str):
        older, newer = self.neighbours(a)
        nav = '<nav class="nav-single">\n<h3 class="assistive-text">เมนูนำทาง</h3>\n'
        nav += (
            f'<span class="nav-previous"><a href="{base}{older.path}" rel="prev"><span class="meta-nav">&larr;</span> {esc(older.title)}</a></span>\n'
            if older
            else '<span class="nav-previous"></span>\n'
        )
        nav += (
            f'<span class="nav-next"><a href="{base}{newer.path}" rel="next">{esc(newer.title)} <span class="meta-nav">&rarr;</span></a></span>\n'
            if newer
            else '<span class="nav-next"></span>\n'
        )
        nav += "</nav><!-- .nav-single -->"
        comments = ""
        if a.extra["comments"]:
            items = []
            for j, ((name, _), text) in enumerate(self.comments(a)):
                cd = a.published + dt.timedelta(days=1 + j, hours=3 + j * 5, minutes=17 * j)
                cid = a.id * 10 + j
                items.append(
                    f"""	<li class="comment even thread-even depth-1" id="li-comment-{cid}">
		<article id="comment-{cid}" class="comment">
			<header class="comment-meta comment-author vcard">
				<img alt='' src='https://secure.gravatar.com/avatar/{cid:x}?s=44&#038;d=mm&#038;r=g' class='avatar avatar-44 photo' height='44' width='44' loading='lazy' /><cite><b class="fn">{esc(name)}</b> </cite><a href="{base}{a.path}#comment-{cid}"><time datetime="{cd.isoformat()}">{ce_date(cd)} เวลา {cd:%H:%M} น.</time></a>
			</header><!-- .comment-meta -->
			<section class="comment-content comment">
				<p>{esc(text)}</p>
			</section><!-- .comment-content -->
			<div class="reply"><a rel='nofollow' class='comment-reply-login' href='{base}/wp-login.php?redirect_to={base}{a.path}'>เข้าสู่ระบบเพื่อตอบ</a> <span>&darr;</span></div><!-- .reply -->
		</article><!-- #comment-## -->
	</li><!-- #comment-## -->"""
                )
            comments = f"""
			<h2 class="comments-title">
				2 ความเห็นบน &ldquo;<span>{self.title_html(a)}</span>&rdquo;			</h2>
			<ol class="commentlist">
{"".join(items)}
			</ol><!-- .commentlist -->"""
        content = f"""
			<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-news">
				<header class="entry-header">
					<h1 class="entry-title">{self.title_html(a)}</h1>
					<div class="comments-link"><a href="{base}{a.path}#respond"><span class="leave-reply">{LEAVE_REPLY}</span></a></div><!-- .comments-link -->
				</header><!-- .entry-header -->
				<div class="entry-content">
{self.body_html(a, base)}
				</div><!-- .entry-content -->
				<footer class="entry-meta">
					{self.entry_meta(a)}
				</footer><!-- .entry-meta -->
			</article><!-- #post -->
				{nav}
<div id="comments" class="comments-area">
{comments}
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{LEAVE_REPLY}</h3><p class="must-log-in">คุณต้อง<a href="{base}/wp-login.php?redirect_to={base}{a.path}">เข้าสู่ระบบ</a>เพื่อเขียนความเห็น</p>
	</div><!-- #respond -->
</div><!-- #comments .comments-area -->"""
        return self.html_response(
            self.shell(
                f"{self.title_html(a)} | {OFFICE}",
                content,
                body_class=f"post-template-default single single-post postid-{a.id} single-format-standard",
                canon=a.path,
                base=base,
            )
        )

    def render_deleted(self, base: str):
        content = self.deleted_item(base).replace(
            f'<a href="{base}/archives/{DELETED_ID}" rel="bookmark">ถูกป้องกัน: {DELETED_TITLE}</a>',
            f"ถูกป้องกัน: {DELETED_TITLE}",
        )
        return self.html_response(
            self.shell(
                f"ถูกป้องกัน: {DELETED_TITLE} | {OFFICE}",
                content,
                body_class=f"post-template-default single single-post postid-{DELETED_ID}",
                canon=f"/archives/{DELETED_ID}",
                base=base,
            )
        )

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path).rstrip("/") or "/"
        lp = self.listing_path
        if path == lp:
            return self.render_list(0, base)
        if path.startswith(lp + "/page/"):
            k = path[len(lp) + 6 :]
            if k.isdigit() and 2 <= int(k) <= len(self.pages):
                return self.render_list(int(k) - 1, base)
            return None
        if path.startswith("/archives/") and path[10:].isdigit():
            pid = int(path[10:])
            if pid == DELETED_ID:
                return self.render_deleted(base)
            a = self.by_id.get(pid)
            if a is not None:
                return self.render_post(a, base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                SHARE_HEAD,
                "Share on",
                "Facebook",
                RECENT,
                ARCHIVES,
                COUNTER,
                COOKIE,
                LEAVE_REPLY,
                LOGIN_PROMPT,
                "เรื่องนี้ถูกเขียนใน",
                "ฝ่ายบริหารทั่วไป",
                TAGLINE,
                FOOTER,
                RELATED,
            ]
            must_not += [x.title for x in (older, newer) if x]
            if a.extra["related"]:
                must_not += [x.title for x in self.related(a)]
            if a.extra["comments"]:
                for (name, _), text in self.comments(a):
                    must_not += [name, text[:60]]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(
                expected_record(a, modified=False, views=False, must_not=on_page(self, a, must_not))
            )
        return out


SITE = WpTwentyTwelveSite()

if __name__ == "__main__":
    main(SITE)
