"""Blind-54 red-team site (part A): a provincial office (สำนักงานจังหวัดมุกดาหาร-like) whose news
runs on **WordPress 5.8 + Twenty Eleven 3.x** (Thai language pack) with Thai-slug permalinks
(`/%year%/%monthnum%/%day%/%postname%/`), WP-PostViews, AddThis, WordPress Related Posts
(`wp_rp`), a3 Lazy Load and GDPR Cookie Consent. Built blind (no crawler, pipeline, bench or
fixture read).

Looked up with the search tool (code corpus): Twenty Eleven's `content.php`,
`content-single.php` / `content-page.php` and child-theme copies of them (`article#post-N`
with `post_class()`, `header.entry-header > h1.entry-title`, `div.entry-content` with
`wp_link_pages()` printed as `div.page-link` with a `<span>Pages:</span>` label right after
`the_content()`, "Continue reading →" with `span.meta-nav`, `footer.entry-meta`, the
`nav#nav-single` with `span.nav-previous` / `span.nav-next` "← Previous" / "Next →" and the
`h3.assistive-text`, `twentyeleven_content_nav()` printing `nav#nav-above` / `nav#nav-below`
with "← Older posts" / "Newer posts →"). WordPress's `wp_link_pages()` markup in 5.x
(`span.post-page-numbers.current`, `a.post-page-numbers`), WP-PostViews' `the_views()`, the
AddThis `addthis_inline_share_toolbox` divs, the `wp_rp` related-posts box, a3 Lazy Load's
1x1 gif / `data-src` / `<noscript>` output, WordPress keeping UTF-8 slugs percent-encoded in
lower case, and the GDPR Cookie Consent bar are from memory of their documentation. No one's
code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: one post, many addresses, no canonical** — the child theme removes `rel_canonical`
  and `redirect_canonical` (a "fix" for Thai slugs looping), so the server answers 200 at every
  form: the permalink as WordPress prints it (slug percent-encoded in lower-case hex, trailing
  slash: listing, "เรื่องล่าสุด"), the same in upper-case hex (the related-posts box), the raw
  Thai slug without the trailing slash (a hand-written "ข่าวเด่น" text widget), `#comments` /
  `#respond` (the comments link) and `#more-N` ("อ่านต่อ →"); `<link rel="shortlink"
  href="/?p=N">` is in the head (answers 301 to the permalink). One record each, at the
  lower-case permalink;
- **NEW: posts split with `<!--nextpage-->`** (five posts): page 1 at the permalink holds the
  first three paragraphs and ends with `div.page-link` "หน้า: 1 2"; page 2 is
  `<permalink>2/` with the same header, date and title and the rest of the text. One record at
  the first page's address; its body is expected to hold page 1's text (page 2's text may be
  added, is not required);
- **NEW: text pasted from LINE / Word** (one post in three): zero-width spaces (U+200B) inside
  words, soft hyphens (`&shy;`) and no-break spaces (`&nbsp;`) in the Thai text; the expected
  phrases are the clean text a reader sees;
- **NEW: the post's own data table** (one post in four): "ตารางที่ 1 แผนการดำเนินงาน" with
  กิจกรรม | ระยะเวลา | งบประมาณ (บาท) rows after the second paragraph; a phrase of its cells is
  in `body_must` (the table is text, not furniture);
- **NEW: lazy-loaded pictures** (a3 Lazy Load: a 1x1 gif in `src`, the real file in `data-src`,
  a `<noscript>` twin) **and attachments with Thai file names percent-encoded** (`.docx`,
  `.xlsx`, `.zip` under "เอกสารแนบ") inside `entry-content`;
- date: Twenty Eleven's "โพสต์เมื่อ <a title="10:30" rel="bookmark"><time class="entry-date"
  datetime="2024-03-05T10:30:00+07:00">5 มีนาคม 2567</time></a>" (a Thai-year plug-in
  rewrote the shown year only); no modified date is printed;
- "เปิดอ่าน 1,234 ครั้ง" (WP-PostViews, in `entry-meta`); sidebar "ยอดนิยม" with counts;
- sources as the last line of the text: "ที่มา : …", "ข่าว/ภาพ : …", "เรียบเรียง : …" (one in
  six none);
- furniture inside `entry-content`: AddThis above and below ("แชร์ข่าวนี้"), `wp_rp`
  "เรื่องที่เกี่ยวข้อง" (titles and dates); outside: footer.entry-meta prose with category and
  tags, "คั่นหน้า ลิงก์ถาวร", `nav#nav-single` "← ก่อนหน้า" / "ถัดไป →", comments
  "ใส่ความเห็น" form, sidebar (search, "เรื่องล่าสุด", "ข่าวเด่น", "ยอดนิยม", archives, visitor
  counter), footer "ขับเคลื่อนโดย WordPress", GDPR cookie bar;
- deleted item (linked from page 2): a post moved to the trash whose address answers **200
  with Twenty Eleven's "ไม่พบ" (`article#post-0.no-results.not-found`) and a search form** (an
  "all 404 to 200" SEO plug-in).
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

from ._common import MONTHS, TZ, BaseSite, be, esc, expected_record, main, make_articles
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานจังหวัดมุกดาหาร"
SLOGAN = "ศูนย์ข้อมูลข่าวสารจังหวัดมุกดาหาร"
SOURCES = [
    ("ที่มา", "สำนักงานประชาสัมพันธ์จังหวัดมุกดาหาร"),
    ("ข่าว/ภาพ", "กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด"),
    ("เรียบเรียง", "กลุ่มงานบริหารทั่วไป สำนักงานจังหวัดมุกดาหาร"),
    ("ที่มา", "ที่ทำการปกครองจังหวัดมุกดาหาร"),
    ("ข่าว/ภาพ", "สำนักงานพัฒนาชุมชนจังหวัดมุกดาหาร"),
    None,
]
TAGS = ["มุกดาหาร", "ผู้ว่าราชการจังหวัด", "ประชุม", "ข่าวประชาสัมพันธ์", "ชุมชน", "โครงการ"]
PER = 8
SHARE = "แชร์ข่าวนี้"
RELATED = "เรื่องที่เกี่ยวข้อง"
RECENT = "เรื่องล่าสุด"
FEATURED = "ข่าวเด่น"
POPULAR = "ยอดนิยม"
COUNTER = "สถิติผู้เข้าชม 402,118 ครั้ง"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน"
REPLY = "ใส่ความเห็น"
REPLY_NOTE = "อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย *"
POWERED = "ขับเคลื่อนโดย WordPress"
ATTACH = "เอกสารแนบ"
GIF = "data:image/gif;base64,R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7"
DELETED = (
    "/2024/02/14/ประกาศรับสมัครลูกจ้างชั่วคราว-ตำแหน่งพนักงานขับรถ",
    "ประกาศรับสมัครลูกจ้างชั่วคราว ตำแหน่งพนักงานขับรถยนต์",
)
TABLE_ROWS = [
    ("ประชุมชี้แจงแนวทางการดำเนินงานโครงการ", "มกราคม 2567", "45,000"),
    ("ลงพื้นที่ติดตามผลการดำเนินงานระดับอำเภอ", "กุมภาพันธ์ - มีนาคม 2567", "128,500"),
    ("จัดอบรมเชิงปฏิบัติการให้แก่ผู้นำชุมชน", "เมษายน 2567", "260,000"),
    ("สรุปผลการดำเนินงานและรายงานจังหวัด", "พฤษภาคม 2567", "12,000"),
    ("ประชาสัมพันธ์ผ่านสื่อออนไลน์และหอกระจายข่าว", "ตลอดปีงบประมาณ", "30,000"),
]
FILES = [
    "แบบฟอร์มรายงานผลการดำเนินงาน.docx",
    "สรุปงบประมาณโครงการ ปี 2567.xlsx",
    "ภาพกิจกรรม.zip",
    "คำสั่งจังหวัดมุกดาหาร.docx",
]


def thai_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {be(d)}"


def slugify(title: str) -> str:
    words = re.sub(r"[^\w\u0e00-\u0e7f\s-]", " ", title).split()
    out = ""
    for w in words:
        nxt = f"{out}-{w}" if out else w
        if len(nxt) > 60 and out:
            break
        out = nxt
    return out.lower()


def enc(s: str, upper=False) -> str:
    q = quote(s, safe="/-")
    return q if upper else re.sub(r"%[0-9A-F]{2}", lambda m: m[0].lower(), q)


class TwentyElevenSite(BaseSite):
    key = "b54_wp_twentyeleven_nextpage"
    family = "wordpress"
    imitates = (
        "provincial office on WordPress 5.8 + Twenty Eleven (Thai slugs, no rel=canonical, "
        "redirect_canonical off): one post at encoded / upper-case / raw-Thai / no-slash / "
        "#comments / #more-N addresses; <!--nextpage--> posts split over /2/; ZWSP, &shy; and "
        "&nbsp; pasted into the text; the post's own data table; a3 Lazy Load images and Thai "
        "percent-encoded attachments; WP-PostViews, AddThis, wp_rp related, GDPR bar"
    )
    listing_path = "/category/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 22, 16, 0, tzinfo=TZ), offset=7
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        splits = 0
        seen = set()
        for i, a in enumerate(arts):
            a.id = 1500 + (n - i) * 13
            slug = slugify(a.title)
            while slug in seen:
                slug += "-2"
            seen.add(slug)
            a.extra["slug"] = slug
            d = a.published
            a.extra["base"] = f"/{d.year}/{d.month:02d}/{d.day:02d}/"
            a.path = a.extra["base"] + enc(slug) + "/"
            a.time_printed = True
            a.modified = None
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["src_label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.views = 40 + (i * 389 + 71) % 3800
            a.extra["comments"] = (i * 7) % 4
            a.extra["line"] = i % 3 == 1
            a.extra["page2"] = []
            if i % 4 == 0 and len(a.paras) >= 5 and splits < 5:
                a.extra["page2"] = a.paras[3:]
                a.paras = a.paras[:3]
                splits += 1
            a.extra["table"] = i % 4 == 2
            if a.extra["table"]:
                a.extra["rows"] = [TABLE_ROWS[(i + k) % len(TABLE_ROWS)] for k in range(3)]
            a.extra["files"] = [FILES[i % len(FILES)]] if i % 3 == 2 else []
        self.articles = arts
        self.by_slug = {a.extra["slug"]: a for a in arts}
        self.by_id = {a.id: a for a in arts}
        self.featured = [arts[1], arts[4], arts[9], arts[15]]

    def listing_pages(self):
        return ["/category/news/", "/category/news/page/2/", "/category/news/page/3/"]

    def deleted_paths(self):
        return [enc(DELETED[0]) + "/"]

    # ------------------------------------------------------------------ pieces
    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 7, 11)]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:5]

    def upper_path(self, a):
        return a.extra["base"] + enc(a.extra["slug"], upper=True) + "/"

    def raw_path(self, a):
        return a.extra["base"] + a.extra["slug"]

    def shell(self, title: str, body_class: str, main_html: str, head_extra: str = "") -> str:
        recent = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        feat = "".join(
            f'<p>&raquo; <a href="{self.raw_path(x)}">{esc(x.title)}</a></p>' for x in self.featured
        )
        pop = "".join(
            f'<li><a href="{x.path}" title="{esc(x.title)}">{esc(x.title)}</a> - {x.views:,} ครั้ง</li>'
            for x in self.popular()
        )
        return f"""<!DOCTYPE html>
<!--[if IE 8]>
<html id="ie8" lang="th">
<![endif]-->
<!--[if !(IE 6) & !(IE 7) & !(IE 8)]><!-->
<html lang="th">
<!--<![endif]-->
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width" />
<title>{esc(title)}</title>
<link rel="profile" href="https://gmpg.org/xfn/11" />
<link rel="stylesheet" type="text/css" media="all" href="/wp-content/themes/twentyeleven-child/style.css?ver=20210721" />
<link rel="pingback" href="/xmlrpc.php">
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/feed/" />
<link rel='stylesheet' id='wp-block-library-css'  href='/wp-includes/css/dist/block-library/style.min.css?ver=5.8.3' type='text/css' media='all' />
<link rel='stylesheet' id='twentyeleven-block-style-css'  href='/wp-content/themes/twentyeleven/blocks.css?ver=20190102' type='text/css' media='all' />
<link rel='stylesheet' id='cookie-law-info-css'  href='/wp-content/plugins/cookie-law-info/public/css/cookie-law-info-public.css?ver=2.0.6' type='text/css' media='all' />
<link rel='stylesheet' id='wordpress_related_posts-css'  href='/wp-content/plugins/wordpress-23-related-posts-plugin/static/themes/plain.css?version=3.6.4' type='text/css' media='all' />
<script type='text/javascript' src='/wp-includes/js/jquery/jquery.min.js?ver=3.6.0' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 5.8.3" />
{head_extra}
</head>

<body class="{body_class} two-column right-sidebar">
<div class="skip-link"><a class="assistive-text" href="#content">ข้ามไปยังเนื้อหาหลัก</a></div><div class="skip-link"><a class="assistive-text" href="#secondary">ข้ามไปยังเนื้อหารอง</a></div><div id="page" class="hfeed">
	<header id="branding">
			<hgroup>
				<h1 id="site-title"><span><a href="/" rel="home">{OFFICE}</a></span></h1>
				<h2 id="site-description">{SLOGAN}</h2>
			</hgroup>
			<a href="/"><img src="/wp-content/uploads/2019/05/cropped-header-mukdahan.jpg" width="1000" height="288" alt="{OFFICE}" /></a>
			<form method="get" id="searchform" action="/">
				<label for="s" class="assistive-text">ค้นหา</label>
				<input type="text" class="field" name="s" id="s" placeholder="ค้นหา" />
				<input type="submit" class="submit" name="submit" id="searchsubmit" value="ค้นหา" />
			</form>
			<nav id="access">
				<h3 class="assistive-text">เมนูหลัก</h3>
				<div class="menu-main-container"><ul id="menu-main" class="menu"><li class="menu-item"><a href="/">หน้าแรก</a></li>
<li class="menu-item"><a href="/about/">ข้อมูลจังหวัด</a></li>
<li class="menu-item current-menu-item"><a href="/category/news/">ข่าวประชาสัมพันธ์</a></li>
<li class="menu-item"><a href="/category/procurement/">จัดซื้อจัดจ้าง</a></li>
<li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li>
</ul></div>
			</nav><!-- #access -->
	</header><!-- #branding -->

	<div id="main">
{main_html}
		<div id="secondary" class="widget-area" role="complementary">
			<aside id="search-2" class="widget widget_search"><form method="get" id="searchform" action="/"><input type="text" class="field" name="s" placeholder="ค้นหา" /></form></aside>
			<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">{RECENT}</h3><ul>{recent}</ul></aside>
			<aside id="text-3" class="widget widget_text"><h3 class="widget-title">{FEATURED}</h3><div class="textwidget">{feat}</div></aside>
			<aside id="views-2" class="widget widget_views"><h3 class="widget-title">{POPULAR}</h3><ul>{pop}</ul></aside>
			<aside id="archives-2" class="widget widget_archive"><h3 class="widget-title">คลังเก็บ</h3><ul><li><a href="/2024/03/">มีนาคม 2024</a></li><li><a href="/2024/02/">กุมภาพันธ์ 2024</a></li><li><a href="/2024/01/">มกราคม 2024</a></li></ul></aside>
			<aside id="text-5" class="widget widget_text"><h3 class="widget-title">สถิติเว็บไซต์</h3><div class="textwidget"><p>{COUNTER}</p></div></aside>
		</div><!-- #secondary .widget-area -->
	</div><!-- #main -->

	<footer id="colophon">
			<div id="site-generator">
				{OFFICE} ศาลากลางจังหวัดมุกดาหาร ถนนวิวิธสุรการ อำเภอเมืองมุกดาหาร 49000<br />
				<a href="https://wordpress.org/" class="imprint" title="ระบบจัดการเนื้อหาเพื่อการเผยแพร่บทความ">{POWERED}</a>
			</div>
	</footer><!-- #colophon -->
</div><!-- #page -->
<div id="cookie-law-info-bar" data-nosnippet="true"><span>{COOKIE} <a role='button' data-cli_action="accept" id="cookie_action_close_header" class="cli-plugin-button cli-plugin-main-button">ยอมรับ</a> <a href="/privacy-policy/" id="CONSTANT_OPEN_URL" target="_blank" class="cli-plugin-main-link">นโยบายความเป็นส่วนตัว</a></span></div>
<script type="text/javascript" src="//s7.addthis.com/js/300/addthis_widget.js#pubid=ra-5c8f1e2b3a4d5e6f"></script>
<script type='text/javascript' src='/wp-content/plugins/a3-lazy-load/assets/js/jquery.lazyloadxt.extra.min.js?ver=2.4.3' id='jquery-lazyloadxt-js'></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ text
    def para_html(self, a, p: str) -> str:
        if not a.extra["line"]:
            return f"<p>{esc(p)}</p>"
        # LINE / Word paste: ZWSP inside the must phrases, a soft hyphen, some nbsp
        s = p
        for k, ph in enumerate(a.body_must()):
            j = s.find(ph)
            if j >= 0:
                mid = j + len(ph) // 2
                mark = "\x01" if k == 1 else "\u200b"
                s = s[:mid] + mark + s[mid:]
        parts = s.split(" ")
        s = "".join(w + ("\x02" if n % 3 == 1 else " ") for n, w in enumerate(parts)).rstrip(
            " \x02"
        )
        s = esc(s).replace("\x01", "&shy;").replace("\x02", "&nbsp;")
        return f"<p>{s}\u200b</p>"

    def image(self, a, n=1):
        src = f"/wp-content/uploads/{a.published.year}/{a.published.month:02d}/mdh-{a.id}-{n}.jpg"
        return (
            f'<p><img class="lazy lazy-hidden aligncenter size-large wp-image-{a.id + n}" '
            f'src="{GIF}" data-lazy-type="image" data-src="{src}" alt="" width="584" height="389" />'
            f'<noscript><img class="aligncenter size-large wp-image-{a.id + n}" src="{src}" alt="" '
            f'width="584" height="389" /></noscript></p>'
        )

    def table_html(self, a) -> str:
        rows = "".join(
            f'<tr><td>{esc(x)}</td><td>{esc(y)}</td><td style="text-align: right;">{z}</td></tr>'
            for x, y, z in a.extra["rows"]
        )
        return f"""<p><strong>ตารางที่ 1 แผนการดำเนินงาน</strong></p>
<table style="border-collapse: collapse; width: 100%;" border="1">
<tbody>
<tr><td><strong>กิจกรรม</strong></td><td><strong>ระยะเวลา</strong></td><td><strong>งบประมาณ (บาท)</strong></td></tr>
{rows}
</tbody>
</table>"""

    def text_html(self, a, page: int) -> str:
        paras = a.paras if page == 1 else a.extra["page2"]
        out = [self.image(a, page)]
        for k, p in enumerate(paras):
            out.append(self.para_html(a, p))
            if page == 1 and k == 1 and a.extra["table"]:
                out.append(self.table_html(a))
        last = page == 2 or not a.extra["page2"]
        if last and a.extra["files"]:
            links = "".join(
                f'<li><a href="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/{quote(f)}">{esc(f)}</a></li>'
                for f in a.extra["files"]
            )
            out.append(f"<p><strong>{ATTACH}</strong></p>\n<ul>{links}</ul>")
        if last and a.source:
            out.append(f"<p>{a.extra['src_label']} : {esc(a.source)}</p>")
        return "\n".join(out)

    def page_links(self, a, page: int) -> str:
        if not a.extra["page2"]:
            return ""
        one = (
            '<span class="post-page-numbers current" aria-current="page">1</span>'
            if page == 1
            else f'<a href="{a.path}" class="post-page-numbers">1</a>'
        )
        two = (
            '<span class="post-page-numbers current" aria-current="page">2</span>'
            if page == 2
            else f'<a href="{a.path}2/" class="post-page-numbers">2</a>'
        )
        return f'<div class="page-link"><span>หน้า:</span> {one} {two}</div>'

    def entry_meta(self, a, single=True) -> str:
        d = a.published
        views = f' <span class="post-views">เปิดอ่าน {a.views:,} ครั้ง</span>' if single else ""
        return f"""<div class="entry-meta">
				<span class="sep">โพสต์เมื่อ </span><a href="{a.path}" title="{d:%H:%M}" rel="bookmark"><time class="entry-date" datetime="{d.isoformat()}">{thai_date(d)}</time></a><span class="by-author"> <span class="sep"> โดย </span> <span class="author vcard"><a class="url fn n" href="/author/prmukdahan/" title="ดูเรื่องทั้งหมดโดย prmukdahan" rel="author">prmukdahan</a></span></span>{views}
			</div><!-- .entry-meta -->"""

    def footer_meta(self, a) -> str:
        tags = ", ".join(f'<a href="/tag/{enc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
        cat = '<a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a>'
        if tags:
            txt = f"เรื่องนี้ถูกเขียนใน {cat} และถูกติดป้ายกำกับ {tags}"
        else:
            txt = f"เรื่องนี้ถูกเขียนใน {cat}"
        return f'<footer class="entry-meta">\n\t\t{txt} คั่นหน้า <a href="{a.path}" title="ลิงก์ถาวรไปยัง {esc(a.title)}" rel="bookmark">ลิงก์ถาวร</a>\n\t</footer><!-- .entry-meta -->'

    def addthis(self, a, where: str) -> str:
        return f'<div class="at-{where}-post addthis_tool" data-url="{a.path}"><span class="at-label">{SHARE}</span></div>'

    def wp_rp(self, a) -> str:
        lis = "".join(
            f'<li data-position="{k}" data-poid="in-{x.id}" data-post-type="none"><a href="{self.upper_path(x)}" class="wp_rp_title">{esc(x.title)}</a> <small class="wp_rp_publish_date">{thai_date(x.published)}</small></li>'
            for k, x in enumerate(self.related(a))
        )
        return f'<div class="wp_rp_wrap  wp_rp_plain" id="wp_rp_first"><div class="wp_rp_content"><h3 class="related_post_title">{RELATED}</h3><ul class="related_post wp_rp">{lis}</ul></div></div>'

    def render_single(self, a, page: int):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        nav = '<nav id="nav-single">\n\t\t\t\t\t\t<h3 class="assistive-text">การนำทางเรื่อง</h3>\n'
        nav += (
            f'\t\t\t\t\t\t<span class="nav-previous"><a href="{older.path}" rel="prev"><span class="meta-nav">&larr;</span> ก่อนหน้า</a></span>\n'
            if older
            else ""
        )
        nav += (
            f'\t\t\t\t\t\t<span class="nav-next"><a href="{newer.path}" rel="next">ถัดไป <span class="meta-nav">&rarr;</span></a></span>\n'
            if newer
            else ""
        )
        nav += "\t\t\t\t\t</nav><!-- #nav-single -->"
        ncom = a.extra["comments"]
        comments = ""
        if ncom:
            items = "".join(
                f'<li class="comment even thread-even depth-1" id="li-comment-{a.id * 10 + k}"><article id="comment-{a.id * 10 + k}" class="comment"><footer class="comment-meta"><div class="comment-author vcard"><span class="fn">ผู้เยี่ยมชม{k + 1}</span> บน <a href="{a.path}#comment-{a.id * 10 + k}"><time datetime="{(a.published + dt.timedelta(days=1)).isoformat()}">{thai_date(a.published + dt.timedelta(days=1))}</time></a> กล่าวว่า:</div></footer><div class="comment-content"><p>ขอบคุณสำหรับข้อมูลข่าวสารครับ</p></div></article></li>'
                for k in range(ncom)
            )
            comments = f'<h2 id="comments-title">{ncom} ความเห็นบน &ldquo;<span>{esc(a.title)}</span>&rdquo;</h2><ol class="commentlist">{items}</ol>'
        head_extra = f"<link rel='shortlink' href='/?p={a.id}' />"
        if page == 2:
            head_extra += ""
        main_html = f"""		<div id="primary">
			<div id="content" role="main">

				{nav}

<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-news">
	<header class="entry-header">
		<h1 class="entry-title">{esc(a.title)}</h1>

				{self.entry_meta(a)}
			</header><!-- .entry-header -->

	<div class="entry-content">
		{self.addthis(a, "above")}
{self.text_html(a, page)}
		{self.addthis(a, "below")}
{self.wp_rp(a)}
		{self.page_links(a, page)}
	</div><!-- .entry-content -->

	{self.footer_meta(a)}
</article><!-- #post-{a.id} -->

<div id="comments">
	{comments}
	<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{REPLY}</h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">{REPLY_NOTE}</span></p><p class="comment-form-comment"><label for="comment">ความเห็น</label> <textarea id="comment" name="comment" cols="45" rows="8" required="required"></textarea></p><p class="comment-form-author"><label for="author">ชื่อ <span class="required">*</span></label> <input id="author" name="author" type="text" value="" size="30" /></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความเห็น" /><input type='hidden' name='comment_post_ID' value='{a.id}' id='comment_post_ID' /></p></form>
	</div><!-- #respond -->
</div><!-- #comments -->

			</div><!-- #content -->
		</div><!-- #primary -->"""
        return self.html_response(
            self.shell(
                f"{a.title} | {OFFICE}",
                f"single single-post postid-{a.id} single-format-standard singular",
                main_html,
                head_extra,
            )
        )

    def render_listing(self, page: int):
        pages = [self.articles[k : k + PER] for k in range(0, len(self.articles), PER)]
        if not 1 <= page <= len(pages):
            return None
        items = list(pages[page - 1])
        entries = []
        for a in items:
            ncom = a.extra["comments"]
            clink = (
                f'<a href="{a.path}#comments">{ncom} ความเห็น</a>'
                if ncom
                else f'<a href="{a.path}#respond"><span class="leave-reply">แสดงความเห็น</span></a>'
            )
            entries.append(f"""
	<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-news">
		<header class="entry-header">
						<h1 class="entry-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h1>

						{self.entry_meta(a, single=False)}

									<div class="comments-link">
				{clink}			</div>
					</header><!-- .entry-header -->

				<div class="entry-content">
			{self.image(a)}
<p>{esc(a.paras[0])}</p>
<p> <a href="{a.path}#more-{a.id}" class="more-link">อ่านต่อ <span class="meta-nav">&rarr;</span></a></p>
					</div><!-- .entry-content -->

		{self.footer_meta(a)}
	</article><!-- #post-{a.id} -->""")
        if page == 2:
            entries.insert(
                5,
                f"""
	<article id="post-1419" class="post-1419 post type-post status-publish format-standard hentry category-news">
		<header class="entry-header">
						<h1 class="entry-title"><a href="{enc(DELETED[0])}/" rel="bookmark">{esc(DELETED[1])}</a></h1>
						<div class="entry-meta"><span class="sep">โพสต์เมื่อ </span><a href="{enc(DELETED[0])}/" title="09:12" rel="bookmark"><time class="entry-date" datetime="2024-02-14T09:12:00+07:00">14 กุมภาพันธ์ 2567</time></a></div>
					</header>
				<div class="entry-content"><p>สำนักงานจังหวัดมุกดาหาร ประกาศรับสมัครบุคคลเพื่อสรรหาและเลือกสรรเป็นลูกจ้างชั่วคราว</p>
<p> <a href="{enc(DELETED[0])}/#more-1419" class="more-link">อ่านต่อ <span class="meta-nav">&rarr;</span></a></p></div>
	</article>""",
            )

        def pl(k):
            return "/category/news/" if k == 1 else f"/category/news/page/{k}/"

        nav = ""
        if len(pages) > 1:
            older = (
                f'<div class="nav-previous"><a href="{pl(page + 1)}"><span class="meta-nav">&larr;</span> เรื่องเก่ากว่า</a></div>'
                if page < len(pages)
                else ""
            )
            newer = (
                f'<div class="nav-next"><a href="{pl(page - 1)}">เรื่องใหม่กว่า <span class="meta-nav">&rarr;</span></a></div>'
                if page > 1
                else ""
            )
            nav = f'<nav id="nav-below">\n\t\t\t\t<h3 class="assistive-text">การนำทางเรื่อง</h3>\n\t\t\t\t{older}\n\t\t\t\t{newer}\n\t\t\t</nav><!-- #nav-below -->'
        main_html = f"""		<section id="primary">
			<div id="content" role="main">

				<header class="page-header">
					<h1 class="page-title">คลังเก็บหมวดหมู่: <span>ข่าวประชาสัมพันธ์</span></h1>
				</header>

				{nav.replace("nav-below", "nav-above")}
{"".join(entries)}

				{nav}

			</div><!-- #content -->
		</section><!-- #primary -->"""
        title = f"ข่าวประชาสัมพันธ์ | {OFFICE}" + (f" | หน้า {page}" if page > 1 else "")
        return self.html_response(
            self.shell(title, "archive category category-news two-column right-sidebar", main_html)
        )

    def render_deleted(self):
        main_html = """		<div id="primary">
			<div id="content" role="main">
				<article id="post-0" class="post no-results not-found">
					<header class="entry-header">
						<h1 class="entry-title">ไม่พบ</h1>
					</header><!-- .entry-header -->

					<div class="entry-content">
						<p>ขออภัย แต่ไม่พบผลลัพธ์สำหรับคลังเก็บที่ร้องขอ บางทีการค้นหาอาจช่วยคุณในการหาเรื่องที่เกี่ยวข้อง</p>
						<form method="get" id="searchform" action="/"><input type="text" class="field" name="s" placeholder="ค้นหา" /></form>
					</div><!-- .entry-content -->
				</article><!-- #post-0 -->
			</div><!-- #content -->
		</div><!-- #primary -->"""
        return self.html_response(self.shell(f"ไม่พบหน้า | {OFFICE}", "error404", main_html))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path in ("/", "/category/news"):
            if path == "/" and "p" in query:
                a = self.by_id.get(int(query["p"][0])) if query["p"][0].isdigit() else None
                if a is None:
                    return None
                return 301, {"Location": base + a.path}, b""
            return self.render_listing(1)
        if path == "/category/news/":
            return self.render_listing(1)
        m = re.fullmatch(r"/category/news/page/(\d+)/?", path)
        if m:
            return self.render_listing(int(m[1]))
        m = re.fullmatch(r"/(\d{4})/(\d\d)/(\d\d)/([^/]+?)(?:/(\d+))?/?", path)
        if m:
            slug = m[4].lower()
            if f"/{m[1]}/{m[2]}/{m[3]}/{slug}" == DELETED[0]:
                return self.render_deleted()
            a = self.by_slug.get(slug)
            if a is None or a.extra["base"] != f"/{m[1]}/{m[2]}/{m[3]}/":
                return None
            page = int(m[5] or 1)
            if page == 2 and a.extra["page2"]:
                return self.render_single(a, 2)
            if page == 1:
                return self.render_single(a, 1)
            return None
        return None

    def expected(self):
        out = []
        for a in self.articles:
            i = self.articles.index(a)
            must_not = [
                SHARE,
                RELATED,
                RECENT,
                FEATURED,
                POPULAR,
                COUNTER,
                COOKIE,
                REPLY,
                REPLY_NOTE,
                POWERED,
                SLOGAN,
                f"เปิดอ่าน {a.views:,} ครั้ง",
                "คั่นหน้า",
                "ลิงก์ถาวร",
                "เรื่องนี้ถูกเขียนใน",
                "ขอบคุณสำหรับข้อมูลข่าวสารครับ",
                "ก่อนหน้า",
                "ถัดไป",
                "หน้า:",
                *[x.title for x in self.related(a)],
                *[x.title for x in self.articles[:5] if x is not a],
                *[x.title for x in self.popular() if x is not a],
                *[x.title for x in self.featured if x is not a],
                *[f"{x.views:,} ครั้ง" for x in self.popular() if x is not a],
                *[
                    thai_date(x.published)
                    for x in self.related(a)
                    if x.published.date() != a.published.date()
                ],
                *(self.articles[i - 1].title for _ in [0] if i > 0),
            ]
            rec = expected_record(a, must_not=on_page(self, a, must_not))
            if a.extra["table"]:
                rec["body_must"].append(a.extra["rows"][1][0])
            out.append(rec)
        return out


SITE = TwentyElevenSite()

if __name__ == "__main__":
    main(SITE)
