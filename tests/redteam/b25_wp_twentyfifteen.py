"""Blind-25 red-team site (part A): a provincial land office (สำนักงานที่ดินจังหวัดอุทัยธานี) on
**WordPress 6.5 + stock Twenty Fifteen**, with AddToAny, YARPP and Post Views Counter, built
blind.

What it imitates:
- numeric permalinks `/archives/<id>`; category archive `/category/pr-news/`, `page/2/`,
  `page/3/` (`the_posts_pagination`, "หน้าก่อน" / "หน้าถัดไป"); the archive prints each post
  up to its `<!--more-->` ("อ่านต่อ" with the headline in a screen-reader span);
- Twenty Fifteen's shell: **`#sidebar` (site branding, main menu, widgets: search,
  "เรื่องล่าสุด", "คลังเก็บ", "หมวดหมู่", a text widget with the site visitor counter) comes
  before `#content` in the page**; `h1.entry-title` inside `article.hentry`;
- **the date sits in `footer.entry-footer` after the text**: "เผยแพร่เมื่อ" +
  `time.entry-date.published.updated` (unedited) or `time.entry-date.published` +
  `time.updated` (edited); visible `j M Y` with Thai month abbreviations and the **CE** year,
  the time only in `datetime` (+07:00); byline login, category, tags ("ป้ายกำกับ"),
  "ใส่ความเห็น";
- inside `entry-content`: Post Views Counter "จำนวนผู้เข้าชม: 1,234" before the text;
  the text, a captioned `wp-block-image` (some), a `wp-block-file` with "ดาวน์โหลด" (some),
  the typed "ที่มา :" / "ข่าว/ภาพ :" line (most); then AddToAny ("แชร์ข่าวนี้") and YARPP
  "ข่าวที่เกี่ยวข้อง:" (three titles) appended to the content;
- author info box, `post-navigation` with both neighbour titles, comment form with a login
  prompt; RSS feed links, generator meta, `wp-json` link;
- deleted: a post restricted by the Members plugin to logged-in users: 200, the title and
  "ขออภัย เนื้อหานี้สงวนไว้สำหรับสมาชิกที่เข้าสู่ระบบเท่านั้น" with a login link.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, esc, main
from .b20b_common import B9Site, build, joomla_c, neighbours, record

OFFICE = "สำนักงานที่ดินจังหวัดอุทัยธานี"
SOURCES = [
    "ฝ่ายอำนวยการ สำนักงานที่ดินจังหวัดอุทัยธานี",
    "สำนักงานประชาสัมพันธ์จังหวัดอุทัยธานี",
    None,
    "สำนักงานที่ดินจังหวัดอุทัยธานี สาขาหนองฉาง",
]
CAT = "ข่าวประชาสัมพันธ์"
CAT_URL = "/category/pr-news/"
DELETED_ID = 3307
DELETED_TITLE = "ประกาศรายชื่อผู้มีสิทธิ์สอบคัดเลือกพนักงานราชการ (สำหรับเจ้าหน้าที่)"
DELETED = f"/archives/{DELETED_ID}"
AUTHOR = "udt_admin"


def wp_date(d: dt.datetime) -> str:
    """'5 มี.ค. 2024' (date_format 'j M Y' under th: abbreviated Thai month, CE year)."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


class TwentyFifteenSite(B9Site):
    key = "b25_wp_twentyfifteen"
    family = "wordpress"
    imitates = "WordPress 6.5 + Twenty Fifteen (AddToAny, YARPP, Post Views Counter): /archives/<id>; sidebar before content; date in entry-footer after the text (j M Y, Thai abbr month, CE year; time only in datetime); views counter and AddToAny/YARPP inside entry-content; deleted = Members-plugin login wall (200)"
    listing_path = CAT_URL
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 23, 41, SOURCES, dt.datetime(2024, 6, 14, 16, 0), first_id=3230, step=4
        )
        for i, a in enumerate(self.articles):
            a.time_printed = True  # the datetime attribute carries the time
            a.path = f"/archives/{a.id}"
            a.extra["label"] = "ข่าว/ภาพ :" if i % 3 == 1 else "ที่มา :"
            a.extra["image"] = i % 4 == 2
            a.extra["attach"] = i % 5 == 3
            a.extra["more"] = i % 3 != 2
        self.setup_routes()

    def page_url(self, k):
        return CAT_URL if k == 0 else f"{CAT_URL}page/{k + 1}/"

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell

    def sidebar(self):
        recent = "".join(
            f'<li>\n<a href="{a.path}">{esc(a.title)}</a>\n</li>\n' for a in self.articles[:5]
        )
        months = sorted(
            {(a.published.year, a.published.month) for a in self.articles}, reverse=True
        )
        arch = "".join(
            f"<li><a href='/archives/date/{y}/{m:02d}'>{MONTHS_ABBR[m - 1]} {y}</a></li>\n"
            for y, m in months
        )
        return f"""<div id="sidebar" class="sidebar">
\t\t<header id="masthead" class="site-header">
\t\t\t<div class="site-branding">
\t\t\t\t\t\t\t\t\t\t<p class="site-title"><a href="/" rel="home">{OFFICE}</a></p>
\t\t\t\t\t\t\t\t\t\t\t<p class="site-description">กรมที่ดิน กระทรวงมหาดไทย</p>
\t\t\t\t\t\t\t\t\t\t<button class="secondary-toggle">เมนูและวิดเจ็ต</button>
\t\t\t</div><!-- .site-branding -->
\t\t</header><!-- .site-header -->
\t\t\t<div id="secondary" class="secondary">
\t\t\t\t\t<nav id="site-navigation" class="main-navigation">
\t\t\t\t<div class="menu-main-container"><ul id="menu-main" class="nav-menu"><li id="menu-item-12" class="menu-item"><a href="/">หน้าแรก</a></li>
<li id="menu-item-13" class="menu-item"><a href="/about/">ข้อมูลหน่วยงาน</a></li>
<li id="menu-item-14" class="menu-item current-menu-item"><a href="{CAT_URL}">{CAT}</a></li>
<li id="menu-item-15" class="menu-item"><a href="/category/procurement/">ประกาศจัดซื้อจัดจ้าง</a></li>
<li id="menu-item-16" class="menu-item"><a href="/fees/">ค่าธรรมเนียมจดทะเบียน</a></li>
<li id="menu-item-17" class="menu-item"><a href="/ita/">ITA</a></li>
<li id="menu-item-18" class="menu-item"><a href="/contact/">ติดต่อเรา</a></li>
</ul></div>\t\t\t</nav><!-- .main-navigation -->
\t\t\t\t\t<div id="widget-area" class="widget-area" role="complementary">
\t\t\t\t<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">
\t\t\t\t<label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" /></label>
\t\t\t\t<input type="submit" class="search-submit screen-reader-text" value="ค้นหา" />
\t\t\t</form></aside>
\t\t<aside id="recent-posts-2" class="widget widget_recent_entries">
\t\t<h2 class="widget-title">เรื่องล่าสุด</h2><nav aria-label="เรื่องล่าสุด">
\t\t<ul>
{recent}</ul>
\t\t</nav></aside><aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">คลังเก็บ</h2><nav aria-label="คลังเก็บ">
\t\t\t<ul>
{arch}\t\t\t</ul>
\t\t\t</nav></aside><aside id="categories-2" class="widget widget_categories"><h2 class="widget-title">หมวดหมู่</h2><nav aria-label="หมวดหมู่">
\t\t\t<ul>
\t<li class="cat-item cat-item-3"><a href="/category/procurement/">ประกาศจัดซื้อจัดจ้าง</a></li>
\t<li class="cat-item cat-item-2 current-cat"><a aria-current="page" href="{CAT_URL}">{CAT}</a></li>
\t\t\t</ul>
\t\t\t</nav></aside><aside id="text-3" class="widget widget_text"><h2 class="widget-title">สถิติผู้เข้าชมเว็บไซต์</h2>\t\t\t<div class="textwidget"><p>วันนี้ 143 คน<br />
เมื่อวาน 311 คน<br />
ทั้งหมด 286,419 คน</p>
</div>
\t\t</aside>\t\t\t</div><!-- .widget-area -->
\t\t</div><!-- .secondary -->
\t</div><!-- .sidebar -->"""

    def shell(self, title, content, *, body_class, head_extra=""):
        return f"""<!DOCTYPE html>
<html lang="th" class="no-js">
<head>
\t<meta charset="UTF-8">
\t<meta name="viewport" content="width=device-width, initial-scale=1">
\t<link rel="profile" href="https://gmpg.org/xfn/11">
\t<link rel="pingback" href="/xmlrpc.php">
\t<script>(function(html){{html.className = html.className.replace(/\\bno-js\\b/,'js')}})(document.documentElement);</script>
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//static.addtoany.com' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/feed/" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีดความเห็น" href="/comments/feed/" />
{head_extra}<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.4' media='all' />
<link rel='stylesheet' id='yarppWidgetCss-css' href='/wp-content/plugins/yet-another-related-posts-plugin/style/widget.css?ver=5.30.10' media='all' />
<link rel='stylesheet' id='post-views-counter-frontend-css' href='/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.4.7' media='all' />
<link rel='stylesheet' id='twentyfifteen-fonts-css' href='/wp-content/themes/twentyfifteen/assets/fonts/noto-sans-plus-noto-serif-plus-inconsolata.css?ver=20230328' media='all' />
<link rel='stylesheet' id='twentyfifteen-style-css' href='/wp-content/themes/twentyfifteen/style.css?ver=20240402' media='all' />
<link rel='stylesheet' id='addtoany-css' href='/wp-content/plugins/add-to-any/addtoany.min.css?ver=1.16' media='all' />
<script id="addtoany-core-js-before">window.a2a_config=window.a2a_config||{{}};a2a_config.callbacks=[];a2a_config.overlays=[];a2a_config.templates={{}};a2a_localize = {{Share: "แชร์",Save: "บันทึก",Subscribe: "ติดตาม",Email: "อีเมล"}};</script>
<script defer src="https://static.addtoany.com/menu/page.js" id="addtoany-core-js"></script>
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.4" />
</head>

<body class="{body_class} wp-embed-responsive">
<div id="page" class="hfeed site">
\t<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>

\t{self.sidebar()}

\t<div id="content" class="site-content">

{content}

\t</div><!-- .site-content -->

\t<footer id="colophon" class="site-footer">
\t\t<div class="site-info">
\t\t\t\t\t\t<a class="privacy-policy-link" href="/privacy-policy/" rel="privacy-policy">นโยบายความเป็นส่วนตัว</a><span role="separator" aria-hidden="true"></span>
\t\t\t{OFFICE} ถนนศรีอุทัย ตำบลอุทัยใหม่ อำเภอเมืองอุทัยธานี จังหวัดอุทัยธานี 61000 โทร. 0-5651-1017
\t\t\t<a href="https://th.wordpress.org/" class="imprint">ภูมิใจนำเสนอโดย WordPress</a>
\t\t</div><!-- .site-info -->
\t</footer><!-- .site-footer -->

</div><!-- .site -->
<script src="/wp-content/themes/twentyfifteen/js/functions.js?ver=20221101" id="twentyfifteen-script-js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ pieces

    def footer_meta(self, a, edited):
        if edited:
            times = f'<time class="entry-date published" datetime="{joomla_c(a.published)}">{wp_date(a.published)}</time><time class="updated" datetime="{joomla_c(a.modified)}">{wp_date(a.modified)}</time>'
        else:
            times = f'<time class="entry-date published updated" datetime="{joomla_c(a.published)}">{wp_date(a.published)}</time>'
        tags = ""
        if a.tags:
            tl = ", ".join(
                f'<a href="/tag/tag-{n + 7}/" rel="tag">{esc(t)}</a>' for n, t in enumerate(a.tags)
            )
            tags = f'<span class="tags-links"><span class="screen-reader-text">ป้ายกำกับ </span>{tl}</span>'
        return f"""<footer class="entry-footer">
\t\t<span class="posted-on"><span class="screen-reader-text">เผยแพร่เมื่อ </span><a href="{a.path}" rel="bookmark">{times}</a></span><span class="byline"><span class="author vcard"><span class="screen-reader-text">ผู้เขียน </span><a class="url fn n" href="/archives/author/{AUTHOR}">{AUTHOR}</a></span></span><span class="cat-links"><span class="screen-reader-text">หมวดหมู่ </span><a href="{CAT_URL}" rel="category tag">{CAT}</a></span>{tags}<span class="comments-link"><a href="{a.path}#respond">ใส่ความเห็น<span class="screen-reader-text"> ใน {esc(a.title)}</span></a></span>\t\t\t</footer><!-- .entry-footer -->"""

    def related(self, a):
        i = self.articles.index(a)
        n = len(self.articles)
        return [self.articles[(i + k) % n] for k in (3, 7, 11)]

    def share(self, a):
        url = f"https://uthaithani-land.example.go.th{a.path}"
        btns = "".join(
            f'<a class="a2a_button_{s}" href="https://www.addtoany.com/add_to/{s}?linkurl={url}&amp;linkname={esc(a.title)}" title="{label}" rel="nofollow noopener" target="_blank"></a>'
            for s, label in (
                ("facebook", "Facebook"),
                ("line", "Line"),
                ("x", "X"),
                ("email", "Email"),
            )
        )
        return f'<div class="addtoany_share_save_container addtoany_content addtoany_content_bottom"><div class="addtoany_header">แชร์ข่าวนี้</div><div class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{url}" data-a2a-title="{esc(a.title)}">{btns}<a class="a2a_dd addtoany_share_save addtoany_share" href="https://www.addtoany.com/share"></a></div></div>'

    def content_html(self, a, *, full=True):
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            paras.insert(
                1,
                f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/{a.published:%Y/%m}/IMG_{a.id}-1024x683.jpg" alt="" class="wp-image-{a.id + 1}" /><figcaption class="wp-element-caption">ภาพกิจกรรม {OFFICE}</figcaption></figure>',
            )
        if a.extra["attach"]:
            paras.append(
                f'<div class="wp-block-file"><a id="wp-block-file--media-{a.id}" href="/wp-content/uploads/{a.published:%Y/%m}/doc-{a.id}.pdf">เอกสารประกอบข่าว-{a.id}</a><a href="/wp-content/uploads/{a.published:%Y/%m}/doc-{a.id}.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{a.id}">ดาวน์โหลด</a></div>'
            )
        if a.source:
            paras.append(f"<p>{a.extra['label']} {esc(a.source)}</p>")
        if not full:
            if a.extra["more"]:
                return (
                    paras[0]
                    + f'\n<p> <a href="{a.path}#more-{a.id}" class="more-link">อ่านต่อ<span class="screen-reader-text"> {esc(a.title)}</span></a></p>'
                )
            full_only = False
        else:
            full_only = True
        views = f'<div class="post-views content-post post-{a.id} entry-meta load-static">\n\t\t\t\t<span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">จำนวนผู้เข้าชม:</span> <span class="post-views-count">{a.views:,}</span>\n\t\t\t</div>'
        out = views + "\n" + "\n".join(paras)
        if a.extra["more"] and full:
            out = out.replace("</p>", f'</p>\n<p><span id="more-{a.id}"></span></p>', 1)
        out += "\n" + self.share(a)
        if full_only:
            rel = "".join(
                f'<li><a href="{r.path}" rel="bookmark" title="{esc(r.title)}">{esc(r.title)}</a></li>\n'
                for r in self.related(a)
            )
            out += f"\n<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>\n<!-- YARPP List -->\n<h3>ข่าวที่เกี่ยวข้อง:</h3><ol>\n{rel}</ol>\n</div>"
        return out

    def article_html(self, a, *, full):
        edited = a.modified is not None
        cls = f"post-{a.id} post type-post status-publish format-standard hentry category-pr-news"
        cls += "".join(f" tag-tag-{n + 7}" for n in range(len(a.tags)))
        head = (
            f'<h1 class="entry-title">{esc(a.title)}</h1>'
            if full
            else f'<h2 class="entry-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h2>'
        )
        return f"""<article id="post-{a.id}" class="{cls}">
\t
\t<header class="entry-header">
\t\t{head}\t</header><!-- .entry-header -->

\t<div class="entry-content">
\t\t{self.content_html(a, full=full)}
\t</div><!-- .entry-content -->

\t{self.footer_meta(a, edited)}

</article><!-- #post-{a.id} -->"""

    # ------------------------------------------------------------------ pages

    def listing(self, k):
        n = len(self.pages)
        arts = [self.article_html(a, full=False) for a in self.pages[k]]
        if k == 1:
            arts.insert(
                4,
                f"""<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-pr-news">
\t<header class="entry-header">
\t\t<h2 class="entry-title"><a href="{DELETED}" rel="bookmark">{esc(DELETED_TITLE)}</a></h2>\t</header><!-- .entry-header -->
\t<div class="entry-content">
\t\t<p class="members-access-error">ขออภัย เนื้อหานี้สงวนไว้สำหรับสมาชิกที่เข้าสู่ระบบเท่านั้น</p>
\t</div><!-- .entry-content -->
</article><!-- #post-{DELETED_ID} -->""",
            )
        links = []
        if k > 0:
            links.append(f'<a class="prev page-numbers" href="{self.page_url(k - 1)}">หน้าก่อน</a>')
        for i in range(n):
            if i == k:
                links.append(
                    f'<span aria-current="page" class="page-numbers current"><span class="meta-nav screen-reader-text">หน้า </span>{i + 1}</span>'
                )
            else:
                links.append(
                    f'<a class="page-numbers" href="{self.page_url(i)}"><span class="meta-nav screen-reader-text">หน้า </span>{i + 1}</a>'
                )
        if k < n - 1:
            links.append(f'<a class="next page-numbers" href="{self.page_url(k + 1)}">หน้าถัดไป</a>')
        content = f"""\t<section id="primary" class="content-area">
\t\t<main id="main" class="site-main">

\t\t\t<header class="page-header">
\t\t\t\t<h1 class="page-title">หมวดหมู่: <span>{CAT}</span></h1>\t\t\t</header><!-- .page-header -->

{chr(10).join(arts)}

\t<nav class="navigation pagination" aria-label="แบ่งหน้าเรื่อง">
\t\t<h2 class="screen-reader-text">แบ่งหน้าเรื่อง</h2>
\t\t<div class="nav-links">{"".join(links)}</div>
\t</nav>
\t\t</main><!-- .site-main -->
\t</section><!-- .content-area -->"""
        title = (
            f"{CAT} &#8211; {OFFICE}" if k == 0 else f"{CAT} &#8211; หน้า {k + 1} &#8211; {OFFICE}"
        )
        feed = f'<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; {CAT} ฟีดหมวดหมู่" href="{CAT_URL}feed/" />\n'
        import html as _h

        return self.shell(
            _h.unescape(title),
            content,
            body_class="archive category category-pr-news category-2",
            head_extra=feed,
        )

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        nav = ""
        if older:
            nav += f'<div class="nav-previous"><a href="{older.path}" rel="prev"><span class="meta-nav" aria-hidden="true">ก่อนหน้า</span> <span class="screen-reader-text">เรื่องก่อนหน้า:</span> <span class="post-title">{esc(older.title)}</span></a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{newer.path}" rel="next"><span class="meta-nav" aria-hidden="true">ถัดไป</span> <span class="screen-reader-text">เรื่องถัดไป:</span> <span class="post-title">{esc(newer.title)}</span></a></div>'
        content = f"""\t<div id="primary" class="content-area">
\t\t<main id="main" class="site-main">

\t\t{self.article_html(a, full=True)}

<div class="author-info">
\t<h2 class="author-heading">เผยแพร่โดย</h2>
\t<div class="author-avatar"><img alt='' src='https://secure.gravatar.com/avatar/5c1e?s=56&#038;d=mm&#038;r=g' class='avatar avatar-56 photo' height='56' width='56' /></div>
\t<div class="author-description">
\t\t<h3 class="author-title">{AUTHOR}</h3>
\t\t<p class="author-bio">
\t\t\tผู้ดูแลเว็บไซต์{OFFICE}\t\t\t<a class="author-link" href="/archives/author/{AUTHOR}" rel="author">ดูเรื่องทั้งหมดโดย {AUTHOR}</a>
\t\t</p>
\t</div>
</div><!-- .author-info -->

<div id="comments" class="comments-area">
\t\t<div id="respond" class="comment-respond">
\t\t<h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="{a.path}#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3><p class="must-log-in">คุณต้อง<a href="/wp-login.php?redirect_to=%2Farchives%2F{a.id}">เข้าสู่ระบบ</a> เพื่อจะแสดงความเห็น</p>\t</div><!-- #respond -->
\t</div><!-- .comments-area -->

\t<nav class="navigation post-navigation" aria-label="เรื่อง">
\t\t<h2 class="screen-reader-text">การนำทางเรื่อง</h2>
\t\t<div class="nav-links">{nav}</div>
\t</nav>
\t\t</main><!-- .site-main -->
\t</div><!-- .content-area -->"""
        head = f'<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; {esc(a.title)} ฟีดความเห็น" href="{a.path}/feed" />\n<link rel="canonical" href="https://uthaithani-land.example.go.th{a.path}" />\n<link rel=\'shortlink\' href=\'/?p={a.id}\' />\n'
        return self.shell(
            f"{a.title} – {OFFICE}",
            content,
            body_class=f"post-template-default single single-post postid-{a.id} single-format-standard",
            head_extra=head,
        )

    def deleted(self):
        content = f"""\t<div id="primary" class="content-area">
\t\t<main id="main" class="site-main">
<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-pr-news">
\t<header class="entry-header">
\t\t<h1 class="entry-title">{esc(DELETED_TITLE)}</h1>\t</header><!-- .entry-header -->
\t<div class="entry-content">
\t\t<p class="members-access-error">ขออภัย เนื้อหานี้สงวนไว้สำหรับสมาชิกที่เข้าสู่ระบบเท่านั้น</p>
<p><a href="/wp-login.php?redirect_to=%2Farchives%2F{DELETED_ID}">เข้าสู่ระบบ</a></p>
\t</div><!-- .entry-content -->
</article>
\t\t</main><!-- .site-main -->
\t</div><!-- .content-area -->"""
        return self.shell(
            f"{DELETED_TITLE} – {OFFICE}",
            content,
            body_class=f"post-template-default single single-post postid-{DELETED_ID}",
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "จำนวนผู้เข้าชม:",
                f"{a.views:,}" if a.views >= 1000 else "",
                "เผยแพร่เมื่อ",
                wp_date(a.published),
                AUTHOR,
                "แชร์ข่าวนี้",
                "ข่าวที่เกี่ยวข้อง:",
                *[r.title for r in self.related(a)],
                *[x.title for x in (older, newer) if x],
                "เรื่องก่อนหน้า:",
                "เรื่องถัดไป:",
                "ใส่ความเห็น",
                "เพื่อจะแสดงความเห็น",
                "ดูเรื่องทั้งหมดโดย",
                "ป้ายกำกับ",
                "เรื่องล่าสุด",
                "สถิติผู้เข้าชมเว็บไซต์",
                "ทั้งหมด 286,419 คน",
                "ภูมิใจนำเสนอโดย WordPress",
                "ข้ามไปยังเนื้อหา",
                "ถนนศรีอุทัย",
            ]
            if a.extra["image"]:
                must_not.append(f"ภาพกิจกรรม {OFFICE}")
            if a.extra["attach"]:
                must_not += [f"เอกสารประกอบข่าว-{a.id}", "ดาวน์โหลด"]
            out.append(record(self, a, must_not))
        return out


SITE = TwentyFifteenSite()

if __name__ == "__main__":
    main(SITE)
