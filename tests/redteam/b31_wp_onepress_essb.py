"""Blind-31 red-team site: **WordPress 6.5 + OnePress 2.3** with plain permalinks (`/?p=ID`,
`/?cat=ID&paged=N`), Easy Social Share Buttons, WP-PostViews, WP-PostRatings, YARPP and
WP-Members, run by a district agriculture office (สำนักงานเกษตรอำเภอบางระกำ), built blind.

What it imitates:
- WordPress fingerprints: generator "WordPress 6.5.2", `/wp-content/themes/onepress/`,
  `/wp-json/`, `/xmlrpc.php?rsd`, feed `/?feed=rss2`; **plain permalinks** (no pretty URLs):
  articles `/?p=1234`, the category `/?cat=7`, its pages `/?cat=7&paged=2` (numbered
  `a.page-numbers`, "ถัดไป »");
- OnePress: `#page-header-cover`-less `.page-header` with the *category* name as the only h1 of an
  archive; single: `h1.entry-title` inside `header.entry-header`, `div.entry-meta` from
  `onepress_posted_on()`: "เผยแพร่เมื่อ <a rel=bookmark><time class="entry-date published"
  datetime="2024-03-05T14:20:00+07:00">5 มีนาคม 2024</time>` (visible CE year, Thai month, no time)
  followed, for edited posts only, by `<time class="updated" datetime=...>` — WP-PostViews
  "อ่าน 1,234 ครั้ง" also in the meta line;
- inside `div.entry-content`: **Easy Social Share Buttons bar before the text** (share counts,
  "แชร์ทั้งหมด"), the text, a captioned image (some), a "ข่าว/ภาพ :" or "ที่มา :" paragraph
  (some), a PDF link (some), then the_content filters: WP-PostRatings ("โหวต, เฉลี่ย"),
  YARPP "ข่าวที่เกี่ยวข้อง:" list; `footer.entry-footer` "โพสต์ใน … ติดแท็ก …"; post navigation
  with neighbour titles; comment form with login prompt; sidebar recent posts, WP-PostViews
  "ข่าวยอดนิยม" widget **with other posts' counters**, site-wide counter; cookie bar.
Deleted: a WP-Members members-only post (title, "เนื้อหานี้สำหรับสมาชิก" + login form), 200.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, make_articles, paginate
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานเกษตรอำเภอบางระกำ"
HOST = "https://bangrakam.phitsanulok.doae.go.th"
T = "/wp-content/themes/onepress"
CAT = 7
CAT_NAME = "ข่าวกิจกรรม"
SOURCES = [
    ("ข่าว/ภาพ :", "สำนักงานเกษตรอำเภอบางระกำ"),
    None,
    ("ที่มา :", "สำนักงานเกษตรจังหวัดพิษณุโลก"),
    None,
    ("ข่าว/ภาพ :", "ศูนย์ส่งเสริมและพัฒนาอาชีพการเกษตรจังหวัดพิษณุโลก"),
]
LOGINS = ["doae_brk", "kaset.admin", "suda.p"]
PER_PAGE = 8
DELETED_ID = 2311
DELETED_TITLE = "รายงานผลการเบิกจ่ายงบประมาณโครงการส่งเสริมการเกษตร (สำหรับเจ้าหน้าที่)"
SITE_COUNTER = "ผู้เข้าชมทั้งหมด 95,417 ครั้ง"


def vis(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class OnePressSite(BaseSite):
    key = "b31_wp_onepress_essb"
    family = "wordpress"
    imitates = "WordPress 6.5 + OnePress 2.3, plain permalinks (/?p=ID, /?cat=7&paged=N) + Easy Social Share Buttons (bar before the text) + WP-PostViews (in the meta line and a popular-posts widget with counters) + WP-PostRatings + YARPP + WP-Members, district agriculture office: h1.entry-title; time.entry-date.published datetime ISO+07:00 with visible CE date; time.updated only for edited posts; 'ข่าว/ภาพ :' / 'ที่มา :' paragraph (some); entry-footer tags; post-navigation with titles; deleted = members-only post"
    listing_path = f"/?cat={CAT}"

    def __init__(self):
        arts = make_articles(
            self.key, 23, start=dt.datetime(2024, 6, 21, 15, 0, tzinfo=TZ), offset=401
        )
        drop_corpus_signoffs(arts)
        pid = 2398
        for i, a in enumerate(arts):
            a.id = pid
            pid -= 3 + i % 4
            a.time_printed = True  # the datetime attribute carries the time
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else None
            a.path = f"/?p={a.id}"
            a.extra["login"] = LOGINS[i % 3]
            a.extra["image"] = i % 4 == 2
            a.extra["file"] = i % 6 == 1
            a.extra["shares"] = (a.views * 3) % 61
            a.extra["votes"] = 1 + a.views % 7
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}&paged={k}" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [f"/?p={DELETED_ID}"]

    def popular(self):
        return sorted(self.articles, key=lambda a: -a.views)[:5]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, body_class, head_extra="", header=""):
        recent = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="post-date">{vis(a.published)}</span></li>'
            for a in self.articles[:5]
        )
        pop = "".join(
            f'<li><a href="{a.path}" title="{esc(a.title)}">{esc(a.title)}</a> - {a.views:,} views</li>'
            for a in self.popular()
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11">
<title>{title}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{HOST}/?feed=rss2" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีดความเห็น" href="{HOST}/?feed=comments-rss2" />
<link rel='stylesheet' id='onepress-fonts-css' href='https://fonts.googleapis.com/css?family=Raleway%3A400%2C500%2C600%2C700%2C300%2C100%2C800%2C900%7COpen+Sans%3A400%2C300%2C300italic%2C400italic%2C600%2C600italic%2C700%2C700italic&amp;subset=latin%2Clatin-ext&amp;display=swap&amp;ver=2.3.8' media='all' />
<link rel='stylesheet' id='onepress-bootstrap-css' href='{T}/assets/css/lib/bootstrap.min.css?ver=2.3.8' media='all' />
<link rel='stylesheet' id='onepress-style-css' href='{T}/style.css?ver=6.5.2' media='all' />
<link rel='stylesheet' id='easy-social-share-buttons-css' href='/wp-content/plugins/easy-social-share-buttons3/assets/css/easy-social-share-buttons.min.css?ver=9.4' media='all' />
<link rel='stylesheet' id='wp-postratings-css' href='/wp-content/plugins/wp-postratings/css/postratings-css.css?ver=1.91.1' media='all' />
<link rel='stylesheet' id='yarppRelatedCss-css' href='/wp-content/plugins/yet-another-related-posts-plugin/style/related.css?ver=5.30.10' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{HOST}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.5.2" />
{head_extra}</head>
<body class="{body_class} group-blog">
<div id="page" class="hfeed site">
  <a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
  <div id="header-section" class="h-on-top no-transparent">
    <header id="masthead" class="site-header header-contained is-sticky no-scroll no-t h-on-top" role="banner">
      <div class="container"><div class="site-branding">
        <div class="site-brand-inner no-logo-img has-title has-desc">
          <p class="site-title"><a class="site-text-logo" href="/" rel="home">{OFFICE}</a></p>
          <p class="site-description">กรมส่งเสริมการเกษตร กระทรวงเกษตรและสหกรณ์</p>
        </div></div>
        <div class="header-right-wrapper"><a href="#0" id="nav-toggle">เมนู<span></span></a>
          <nav id="site-navigation" class="main-navigation" role="navigation"><ul class="onepress-menu">
            <li class="menu-item"><a href="/">หน้าหลัก</a></li>
            <li class="menu-item"><a href="/?page_id=12">ข้อมูลหน่วยงาน</a></li>
            <li class="menu-item current-menu-item"><a href="/?cat={CAT}">{CAT_NAME}</a></li>
            <li class="menu-item"><a href="/?cat=9">ข้อมูลการเกษตร</a></li>
            <li class="menu-item"><a href="/?page_id=44">ติดต่อเรา</a></li>
          </ul></nav>
        </div>
      </div>
    </header>
  </div>
  <div id="content" class="site-content">
{header}
    <div id="content-inside" class="container right-sidebar">
      <div id="primary" class="content-area"><main id="main" class="site-main" role="main">
{content}
      </main></div>
      <div id="secondary" class="widget-area sidebar" role="complementary">
        <aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="ค้นหา" /></form></aside>
        <aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><ul>{recent}</ul></aside>
        <aside id="views-2" class="widget widget_views"><h2 class="widget-title">ข่าวยอดนิยม</h2><ul>{pop}</ul></aside>
        <aside id="text-4" class="widget widget_text"><h2 class="widget-title">สถิติเว็บไซต์</h2><div class="textwidget"><p>ออนไลน์ 3 คน<br />{SITE_COUNTER}</p></div></aside>
      </div>
    </div>
  </div>
  <footer id="colophon" class="site-footer" role="contentinfo">
    <div class="site-info"><div class="container">
      <div class="btt"><a class="back-to-top" href="#page" title="กลับขึ้นด้านบน"><i class="fa fa-angle-double-up wow flash" data-wow-duration="2s"></i></a></div>
      {OFFICE} ที่ว่าการอำเภอบางระกำ ต.บางระกำ อ.บางระกำ จ.พิษณุโลก 65140 โทร. 0-5537-1206
      <span class="sep"> &ndash; </span>OnePress theme by <a href="https://www.famethemes.com/">FameThemes</a>
    </div></div>
  </footer>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน <a role='button' data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button">ยอมรับ</a> <a href="/?page_id=3" id="CONSTANT_OPEN_URL" target="_blank" class="cli-plugin-main-link">นโยบายความเป็นส่วนตัว</a></span></div>
<script src="{T}/assets/js/plugins.js?ver=2.3.8" id="onepress-js-plugins-js"></script>
<script src="{T}/assets/js/theme.js?ver=2.3.8" id="onepress-theme-js"></script>
<script src="/wp-content/plugins/wp-postratings/js/postratings-js.js?ver=1.91.1" id="wp-postratings-js"></script>
</body>
</html>
"""

    def page_header(self, text):
        return f'<div class="page-header"><div class="container"><h1 class="page-title">{text}</h1></div></div>\n<div id="onepress-breadcrumbs" class="breadcrumbs"><div class="container"><span><a href="/">หน้าหลัก</a></span> &gt; <span><a href="/?cat={CAT}">{CAT_NAME}</a></span></div></div>'

    # ------------------------------------------------------------------ listing

    def card(self, title, pid, a):
        thumb = (
            f'<img width="300" height="150" src="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/IMG_{pid}-300x150.jpg" class="attachment-onepress-blog-small size-onepress-blog-small wp-post-image" alt="" decoding="async" />'
            if a.extra["image"]
            else f'<img alt="" src="{T}/assets/images/placholder2.png" width="300" height="150">'
        )
        return f"""<article id="post-{pid}" class="list-article clearfix post-{pid} post type-post status-publish format-standard hentry category-news">
  <div class="list-article-thumb"><a href="/?p={pid}">{thumb}</a></div>
  <div class="list-article-content">
    <div class="list-article-meta"><a href="/?cat={CAT}" rel="category tag">{CAT_NAME}</a></div>
    <header class="entry-header"><h2 class="entry-title"><a href="/?p={pid}" rel="bookmark">{esc(title)}</a></h2></header>
    <div class="entry-excerpt"><p>{esc(a.paras[0][:140])} &#8230;</p></div>
  </div>
</article>
"""

    def listing(self, k):
        rows = [self.card(a.title, a.id, a) for a in self.pages[k]]
        if k == 1:
            rows.insert(2, self.card(DELETED_TITLE, DELETED_ID, self.pages[1][1]))
        n = len(self.pages)
        links = []
        if k > 0:
            prev = self.listing_path if k == 1 else f"{self.listing_path}&amp;paged={k}"
            links.append(f'<a class="prev page-numbers" href="{prev}">&laquo; ก่อนหน้า</a>')
        for j in range(1, n + 1):
            href = self.listing_path if j == 1 else f"{self.listing_path}&amp;paged={j}"
            if j == k + 1:
                links.append(f'<span aria-current="page" class="page-numbers current">{j}</span>')
            else:
                links.append(f'<a class="page-numbers" href="{href}">{j}</a>')
        if k + 1 < n:
            links.append(
                f'<a class="next page-numbers" href="{self.listing_path}&amp;paged={k + 2}">ถัดไป &raquo;</a>'
            )
        nav = f'<nav class="navigation pagination" aria-label="โพสต์"><h2 class="screen-reader-text">การนำทางเรื่อง</h2><div class="nav-links">{"".join(links)}</div></nav>'
        suffix = "" if k == 0 else f" &#8211; หน้า {k + 1}"
        return self.shell(
            f"{CAT_NAME}{suffix} &#8211; {OFFICE}",
            "".join(rows) + nav,
            f"archive category category-news category-{CAT}" + (" paged" if k else ""),
            header=self.page_header(CAT_NAME),
        )

    # ------------------------------------------------------------------ single

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def yarpp(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j] for j in (i + 3, i - 3, i + 6, i - 8) if 0 <= j < len(self.articles)
        ]

    def essb(self, a):
        url = f"{HOST}/?p={a.id}"
        sh = a.extra["shares"]
        nets = [
            ("facebook", "Facebook", f"https://www.facebook.com/sharer/sharer.php?u={url}"),
            ("twitter", "Twitter", f"https://twitter.com/intent/tweet?text=&amp;url={url}"),
            ("line", "Line", f"https://social-plugins.line.me/lineit/share?url={url}"),
            ("print", "พิมพ์", "#"),
            ("mail", "อีเมล", "#"),
        ]
        items = "".join(
            f'<li class="essb_item essb_link_{k} nolightbox"><a href="{h}" title="แชร์ผ่าน {label}" onclick="essb.window(&#39;{h}&#39;,&#39;{k}&#39;,&#39;{a.id}&#39;); return false;" target="_blank" rel="noreferrer noopener nofollow" class="nolightbox"><span class="essb_icon essb_icon_{k}"></span><span class="essb_network_name">{label}</span></a></li>'
            for k, label, h in nets
        )
        return f'<div class="essb_links essb_counters essb_displayed_top essb_share essb_template_metro-retina essb_{a.id}" data-essb-postid="{a.id}" data-essb-position="top" data-essb-button-style="button" data-essb-template="metro-retina" data-essb-counter-pos="hidden" data-essb-url="{url}" data-essb-twitter-url="{url}" data-essb-instance="{a.id}"><ul class="essb_links_list"><li class="essb_item essb_totalcount_item" data-counter-pos="hidden"><span class="essb_totalcount essb_t_l_big" title="" data-shares-text="แชร์"><span class="essb_t_nb">{sh}<span class="essb_t_nb_after">แชร์ทั้งหมด</span></span></span></li>{items}</ul></div>'

    def ratings(self, a):
        v = a.extra["votes"]
        avg = 3 + (a.views % 20) / 10
        stars = "".join(
            f'<img id="rating_{a.id}_{j}" src="/wp-content/plugins/wp-postratings/images/stars/rating_{"on" if j <= round(avg) else "off"}.gif" alt="{j} ดาว" title="{j} ดาว" />'
            for j in range(1, 6)
        )
        return f'<div id="post-ratings-{a.id}" class="post-ratings" itemscope itemtype="https://schema.org/Article" data-nonce="7c1f2e9a0b">{stars} (<strong>{v}</strong> โหวต, เฉลี่ย: <strong>{avg:.2f}</strong> จาก 5)<meta itemprop="name" content="{esc(a.title)}" /><meta itemprop="datePublished" content="{a.published.isoformat()}" /></div><div id="post-ratings-{a.id}-loading" class="post-ratings-loading"><img src="/wp-content/plugins/wp-postratings/images/loading.gif" width="16" height="16" class="post-ratings-image" alt="" />กำลังโหลด...</div>'

    def single(self, a):
        url = f"{HOST}/?p={a.id}"
        login = a.extra["login"]
        updated = (
            f'<time class="updated" datetime="{a.modified.isoformat()}">{vis(a.modified)}</time>'
            if a.modified
            else ""
        )
        cls = "entry-date published" if a.modified else "entry-date published updated"
        meta = f'<span class="posted-on">เผยแพร่เมื่อ <a href="/?p={a.id}" rel="bookmark"><time class="{cls}" datetime="{a.published.isoformat()}">{vis(a.published)}</time>{updated}</a></span><span class="byline"> โดย <span class="author vcard"><a class="url fn n" href="/?author={3 + a.id % 3}">{login}</a></span></span> <span class="post-views">อ่าน {a.views:,} ครั้ง</span>'
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            y, m = a.published.year, a.published.month
            paras.insert(
                2,
                f'<figure id="attachment_{a.id + 1}" aria-describedby="caption-attachment-{a.id + 1}" style="width: 1024px" class="wp-caption aligncenter"><img decoding="async" class="size-large wp-image-{a.id + 1}" src="/wp-content/uploads/{y}/{m:02d}/IMG_{a.id}-1024x683.jpg" alt="" width="1024" height="683" /><figcaption id="caption-attachment-{a.id + 1}" class="wp-caption-text">ภาพกิจกรรมในพื้นที่อำเภอบางระกำ</figcaption></figure>',
            )
        if a.source:
            paras.append(f"<p><strong>{a.extra['label']}</strong> {esc(a.source)}</p>")
        if a.extra["file"]:
            y, m = a.published.year, a.published.month
            paras.append(
                f'<p><a href="/wp-content/uploads/{y}/{m:02d}/doc-{a.id}.pdf">ดาวน์โหลดเอกสารประกอบ (PDF)</a></p>'
            )
        yarpp = "".join(
            f'<li><a href="{r.path}" rel="bookmark" title="{esc(r.title)}">{esc(r.title)}</a></li>'
            for r in self.yarpp(a)
        )
        tags = ""
        if a.tags:
            tags = (
                '<span class="tags-links">ติดแท็ก '
                + ", ".join(f'<a href="/?tag={esc(t)}" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</span>"
            )
        newer, older = self.neighbours(a)
        links = ""
        if older:
            links += f'<div class="nav-previous"><a href="{older.path}" rel="prev"><span class="meta-nav">&larr;</span> {esc(older.title)}</a></div>'
        if newer:
            links += f'<div class="nav-next"><a href="{newer.path}" rel="next">{esc(newer.title)} <span class="meta-nav">&rarr;</span></a></div>'
        content = f"""<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard hentry category-news">
  <header class="entry-header">
    <h1 class="entry-title">{esc(a.title)}</h1>
    <div class="entry-meta">{meta}</div><!-- .entry-meta -->
  </header><!-- .entry-header -->
  <div class="entry-content">
{self.essb(a)}
{"".join(paras)}
{self.ratings(a)}
<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>
<!-- YARPP List -->
<h3>ข่าวที่เกี่ยวข้อง:</h3><ol>{yarpp}</ol>
</div>
  </div><!-- .entry-content -->
  <footer class="entry-footer"><span class="cat-links">โพสต์ใน <a href="/?cat={CAT}" rel="category tag">{CAT_NAME}</a></span>{tags}</footer>
</article><!-- #post-## -->
<nav class="navigation post-navigation" aria-label="เรื่อง"><h2 class="screen-reader-text">นำทางเรื่อง</h2><div class="nav-links">{links}</div></nav>
<div id="comments" class="comments-area"><div class="comments-area-inner">
  <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="/?p={a.id}#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3><p class="must-log-in">คุณต้อง<a href="/wp-login.php?redirect_to={url}">เข้าสู่ระบบ</a>ก่อน จึงจะแสดงความเห็นได้</p></div>
</div></div>"""
        head = (
            f'<link rel="canonical" href="{url}" />\n<link rel="shortlink" href="{url}" />\n'
            f'<link rel="alternate" type="application/json" href="{HOST}/index.php?rest_route=/wp/v2/posts/{a.id}" />\n'
            f'<meta property="og:title" content="{esc(a.title)}" />\n<meta property="og:url" content="{url}" />\n'
        )
        return self.shell(
            f"{esc(a.title)} &#8211; {OFFICE}",
            content,
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            head,
            self.page_header(CAT_NAME),
        )

    def members_only(self):
        content = f"""<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard hentry category-news">
  <header class="entry-header"><h1 class="entry-title">{esc(DELETED_TITLE)}</h1></header>
  <div class="entry-content">
    <div id="wpmem_restricted_msg"><p>เนื้อหานี้สำหรับสมาชิกเท่านั้น กรุณาเข้าสู่ระบบหรือสมัครสมาชิก</p></div>
    <div id="wpmem_login"><a id="login"></a><form action="/?p={DELETED_ID}" method="POST" id="wpmem_login_form" class="form"><fieldset><legend>เข้าสู่ระบบ</legend><label for="log">ชื่อผู้ใช้หรืออีเมล</label><div class="div_text"><input name="log" type="text" id="log" value="" class="username" required /></div><label for="pwd">รหัสผ่าน</label><div class="div_text"><input name="pwd" type="password" id="pwd" class="password" required /></div><input name="a" type="hidden" value="login" /><div class="button_div"><input name="rememberme" type="checkbox" id="rememberme" value="forever" /> <label for="rememberme">จดจำฉัน</label> <input type="submit" name="Submit" value="เข้าสู่ระบบ" class="buttons" /></div></fieldset></form></div>
  </div>
</article>"""
        return self.shell(
            f"{esc(DELETED_TITLE)} &#8211; {OFFICE}",
            content,
            f"post-template-default single single-post postid-{DELETED_ID}",
            header=self.page_header(CAT_NAME),
        )

    def route(self, path, query, raw_query, base):
        if path != "/":
            return None
        keys = set(query)
        if keys == {"p"}:
            v = query["p"][0]
            if v.isdigit() and int(v) in self.by_id:
                return self.html_response(self.single(self.by_id[int(v)]))
            if v == str(DELETED_ID):
                return self.html_response(self.members_only())
            return None
        if keys and keys <= {"cat", "paged"} and query["cat"] == [str(CAT)]:
            pg = query.get("paged", ["1"])[0]
            if (
                pg.isdigit()
                and 1 <= int(pg) <= len(self.pages)
                and (pg != "1" or "paged" not in keys)
            ):
                return self.html_response(self.listing(int(pg) - 1))
            return None
        if query.get("feed") == ["rss2"]:
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><pubDate>{a.published.astimezone(dt.UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{OFFICE}</title><link>{HOST}</link><generator>https://wordpress.org/?v=6.5.2</generator>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        if not raw_query:
            return 302, {"Location": base + self.listing_path}, b""
        return None

    def expected(self):
        out = []
        pop = self.popular()
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                vis(a.published),
                a.extra["login"],
                "เผยแพร่เมื่อ",
                f"อ่าน {a.views:,} ครั้ง",
                "แชร์ทั้งหมด",
                "แชร์ผ่าน",
                "โหวต, เฉลี่ย",
                "กำลังโหลด...",
                "ข่าวที่เกี่ยวข้อง:",
                "โพสต์ใน",
                CAT_NAME,
                "ใส่ความเห็น",
                "จึงจะแสดงความเห็นได้",
                "ข่าวยอดนิยม",
                "เรื่องล่าสุด",
                SITE_COUNTER,
                "เว็บไซต์นี้ใช้คุกกี้",
                "ที่ว่าการอำเภอบางระกำ",
                "OnePress theme by",
            ]
            if a.tags:
                must_not.append("ติดแท็ก")
            if a.modified:
                must_not.append(vis(a.modified))
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.yarpp(a)]
            must_not += [f"{p.views:,} views" for p in pop]
            if a.extra["image"]:
                must_not.append("ภาพกิจกรรมในพื้นที่อำเภอบางระกำ")
            if a.extra["label"]:
                must_not.append(a.extra["label"])
            if a.extra["file"]:
                must_not.append("ดาวน์โหลดเอกสารประกอบ (PDF)")
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = OnePressSite()

if __name__ == "__main__":
    main(SITE)
