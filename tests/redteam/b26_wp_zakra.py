"""Blind-26 red-team site: **WordPress 6.5 + Zakra 3 (ThemeGrill)** with WP-PostViews, Shared
Counts and Jetpack Related Posts, a provincial energy office (สำนักงานพลังงานจังหวัดน่าน), built
blind.

What it imitates:
- WordPress fingerprints: generator meta, `/wp-content/themes/zakra/...`, `/wp-json/`, RSS
  feeds, `wp-block-*` content, `/?p=ID` shortlink; permalinks `/%year%/%monthnum%/%post_id%/`;
- Zakra's shell: `#zak-masthead` (top bar with phone and "ขนาดตัวอักษร" tools, `p.site-title`
  branding, primary menu), **`.zak-page-header` with `h1.zak-page-title` = the headline outside
  the `article`** (Zakra hides the entry title when the page header is on) and Breadcrumb NavXT
  ending in the headline; `main#zak-primary`, `aside#zak-secondary` (search, "เรื่องล่าสุด",
  WP-PostViews "ข่าวยอดนิยม" **with other posts' view counts**, archives, site-wide visitor
  counter); footer "Powered by Zakra"; Cookie Notice bar;
- single post: `div.zak-entry-meta` with `time.entry-date.published.updated` (or
  `time.entry-date.published` + `time.updated` when edited) whose **visible text is a Thai
  BE date from a Thai-date filter while `datetime` is ISO with the time**, the byline login,
  the category, the comment link and WP-PostViews "เปิดอ่าน 1,234 ครั้ง";
- `entry-content` holding **Shared Counts before and after the text (services with share
  numbers and a "รวม" total)**, a captioned `wp-block-image` (some), a `wp-block-file`
  (some), the typed "ที่มา :" / "ข่าว/ภาพ :" line (most), then **Jetpack `#jp-relatedposts`
  server-rendered with three titles, dates and "ใน “ข่าวประชาสัมพันธ์”"**;
- `footer.zak-entry-footer` "แท็ก:"; `nav.post-navigation` with both neighbour titles; login-only
  comment form.
Listing: `/category/news/`, `/category/news/page/N/` (`nav.navigation.pagination`, numbers,
"ถัดไป »"), excerpts with "อ่านต่อ", 9 a page, 23 articles.
Deleted: `/2024/01/3388/`, a password-protected post: 200 with "ป้องกัน: …" and the password
form, no text.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TAG_POOL,
    Article,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานพลังงานจังหวัดน่าน"
HOST = "https://nan.energy.go.th"
SOURCES = [
    ("ที่มา :", "กลุ่มงานประชาสัมพันธ์ สำนักงานพลังงานจังหวัดน่าน"),
    ("ข่าว/ภาพ :", "สำนักงานประชาสัมพันธ์จังหวัดน่าน"),
    None,
    ("ที่มา :", "สำนักงานพลังงานจังหวัดน่าน"),
    None,
]
PER_PAGE = 9
USER = "nan_energy"
DELETED_ID = 3388
DELETED = f"/2024/01/{DELETED_ID}/"
DELETED_TITLE = "ประกาศผลการคัดเลือกโครงการส่งเสริมพลังงานทดแทนชุมชน"
TZ7 = dt.timezone(dt.timedelta(hours=7))


def thai_date(d: dt.datetime) -> str:
    """The Thai-date filter: 'j F Y' with the Thai month and the BE year."""
    return f"{d.day} {MONTHS[d.month - 1]} {be(d)}"


def jp_date(d: dt.datetime) -> str:
    """Jetpack prints the site's date format unfiltered: Thai month, CE year."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def side_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}"


class ZakraSite(BaseSite):
    key = "b26_wp_zakra"
    family = "wordpress"
    imitates = "WordPress 6.5 + Zakra 3 with WP-PostViews, Shared Counts, Jetpack Related Posts: /%year%/%monthnum%/%post_id%/ permalinks; headline in h1.zak-page-title page header outside the article (no entry title), breadcrumb with headline; zak-entry-meta time.entry-date (visible Thai BE date, ISO datetime with time; time.updated only when edited), byline login, 'เปิดอ่าน N ครั้ง'; Shared Counts with numbers before and after the text inside entry-content, caption/file blocks, typed 'ที่มา :' / 'ข่าว/ภาพ :', Jetpack related posts inside entry-content; tags, post-navigation with titles, sidebar popular posts with counts; /category/news/page/N/; deleted = password-protected post"
    listing_path = "/category/news/"

    def __init__(self):
        arts = make_articles(
            self.key,
            23,
            start=dt.datetime(2024, 5, 20, 15, 0, tzinfo=TZ7),
            offset=11,
        )
        drop_corpus_signoffs(arts)
        pid = 3562
        for i, a in enumerate(arts):
            a.id = pid
            pid -= 3 + i % 4
            a.time_printed = True  # the datetime attribute always carries the time
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["src_label"] = src[0] if src else None
            a.path = f"/{a.published:%Y}/{a.published:%m}/{a.id}/"
            a.tags = [t for t in a.tags if t in TAG_POOL]
            a.extra["image"] = i % 4 == 1
            a.extra["file"] = i % 6 == 3
            a.extra["shares"] = (a.views * 7) % 97
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.popular = sorted(arts, key=lambda a: -a.views)[:5]

    def listing_pages(self):
        return ["/category/news/"] + [
            f"/category/news/page/{k}/" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell

    def shell(self, title, inner, body_class, header_h1, crumb_last, head_extra=""):
        recent = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a><span class="post-date">{side_date(a.published)}</span></li>'
            for a in self.articles[:5]
        )
        popular = "".join(
            f'<li><a href="{a.path}" title="{esc(a.title)}">{esc(a.title)}</a> - {a.views:,} views</li>'
            for a in self.popular
        )
        crumb = ""
        if crumb_last:
            crumb = f"""<nav class="zak-breadcrumbs breadcrumbs" typeof="BreadcrumbList" vocab="https://schema.org/" aria-label="breadcrumb">
<span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" title="ไปที่ {OFFICE}" href="/" class="home"><span property="name">หน้าแรก</span></a><meta property="position" content="1"></span> &gt; <span property="itemListElement" typeof="ListItem"><a property="item" typeof="WebPage" href="/category/news/" class="taxonomy category"><span property="name">ข่าวประชาสัมพันธ์</span></a><meta property="position" content="2"></span> &gt; <span property="itemListElement" typeof="ListItem"><span property="name" class="post post-post current-item">{esc(crumb_last)}</span><meta property="position" content="3"></span>
</nav>"""
        return f"""<!doctype html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//stats.wp.com' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{HOST}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='{HOST}/wp-includes/css/dist/block-library/style.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='shared-counts-css' href='{HOST}/wp-content/plugins/shared-counts/assets/css/shared-counts.min.css?ver=1.4.1' media='all' />
<link rel='stylesheet' id='wp-postviews-css' href='{HOST}/wp-content/plugins/wp-postviews/postviews-custom.css?ver=1.77' media='all' />
<link rel='stylesheet' id='zakra-style-css' href='{HOST}/wp-content/themes/zakra/style.css?ver=3.0.5' media='all' />
<link rel='stylesheet' id='jetpack_related-posts-css' href='{HOST}/wp-content/plugins/jetpack/modules/related-posts/related-posts.css?ver=20240116' media='all' />
<link rel="https://api.w.org/" href="{HOST}/wp-json/" />
<meta name="generator" content="WordPress 6.5.3" />
{head_extra}<style id="zakra-dynamic-css">.zak-page-header{{background-color:#f3f6f9}}</style>
</head>
<body class="{body_class} wp-embed-responsive zak-site-layout--right zak-container--wide zak-content-area--default zak-header-style-1">
<div id="page" class="zak-site">
<a class="skip-link screen-reader-text" href="#zak-content">ข้ามไปยังเนื้อหา</a>
<header id="zak-masthead" class="zak-header">
  <div class="zak-top-bar"><div class="zak-container zak-top-bar-container">
    <div class="zak-top-bar__1"><ul class="zak-top-bar-contact"><li>โทร 0-5471-0123</li><li>nan@energy.go.th</li></ul></div>
    <div class="zak-top-bar__2"><div class="font-size-tools">ขนาดตัวอักษร <a href="#" class="fs-minus">ก-</a> <a href="#" class="fs-reset">ก</a> <a href="#" class="fs-plus">ก+</a></div></div>
  </div></div>
  <div class="zak-main-header"><div class="zak-container zak-row">
    <div class="zak-header-col zak-header-col--1"><div class="site-branding">
      <div class="custom-logo-link-wrapper"><a href="/" class="custom-logo-link" rel="home"><img width="80" height="80" src="{HOST}/wp-content/uploads/2023/02/logo-energy.png" class="custom-logo" alt="{OFFICE}" decoding="async" /></a></div>
      <div class="site-info-wrap"><p class="site-title"><a href="/" rel="home">{OFFICE}</a></p><p class="site-description">Nan Provincial Energy Office</p></div>
    </div></div>
    <div class="zak-header-col zak-header-col--2"><nav id="zak-primary-nav" class="zak-main-nav main-navigation zak-primary-nav zak-layout-1 zak-layout-1-style-1">
      <ul id="zak-primary-menu" class="zak-primary-menu"><li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item menu-item-has-children"><a href="/about/">เกี่ยวกับหน่วยงาน</a></li><li class="menu-item current-menu-item"><a href="/category/news/">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="/category/procurement/">ข่าวจัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/ita/">ITA</a></li><li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li></ul>
    </nav></div>
  </div></div>
</header>
<div class="zak-page-header zak-style-1"><div class="zak-container"><div class="zak-row">
  <div class="zak-page-header__title"><h1 class="zak-page-title">{esc(header_h1)}</h1></div>
  {crumb}
</div></div></div>
<div id="zak-content" class="zak-content"><div class="zak-container"><div class="zak-row">
<main id="zak-primary" class="zak-primary">
{inner}
</main>
<aside id="zak-secondary" class="zak-secondary widget-area">
  <section id="search-2" class="widget widget_search"><form role="search" method="get" class="zak-search-form" action="/"><label class="zak-search-field-label"><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="zak-search-field" placeholder="ค้นหา &hellip;" value="" name="s" /></label><button class="zak-icon--search" type="submit">ค้นหา</button></form></section>
  <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">เรื่องล่าสุด</h2><ul>{recent}</ul></section>
  <section id="views-2" class="widget widget_views"><h2 class="widget-title">ข่าวยอดนิยม</h2><ul>{popular}</ul></section>
  <section id="archives-2" class="widget widget_archive"><h2 class="widget-title">คลังเก็บ</h2><ul><li><a href="/2024/05/">พฤษภาคม 2024</a></li><li><a href="/2024/04/">เมษายน 2024</a></li><li><a href="/2024/03/">มีนาคม 2024</a></li><li><a href="/2024/02/">กุมภาพันธ์ 2024</a></li></ul></section>
  <section id="custom_html-3" class="widget_text widget widget_custom_html"><h2 class="widget-title">สถิติผู้เข้าชม</h2><div class="textwidget custom-html-widget"><ul class="visitor-stats"><li>วันนี้ : 87</li><li>เดือนนี้ : 2,911</li><li>ทั้งหมด : 184,320</li></ul></div></section>
</aside>
</div></div></div>
<footer id="zak-footer" class="zak-footer"><div class="zak-footer-bar"><div class="zak-container"><div class="zak-copyright">สงวนลิขสิทธิ์ &copy; 2567 {OFFICE} ศาลากลางจังหวัดน่าน ถนนสุมนเทวราช. Powered by <a href="https://zakratheme.com/" target="_blank" rel="nofollow">Zakra</a> and <a href="https://wordpress.org/" target="_blank" rel="nofollow">WordPress</a>.</div></div></div></footer>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="ยอมรับ">ยอมรับ</a><a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button">นโยบายความเป็นส่วนตัว</a></span></div></div>
<script src='{HOST}/wp-content/themes/zakra/assets/js/navigation.min.js?ver=3.0.5' id="zakra-navigation-js"></script>
<script src='https://stats.wp.com/e-202420.js' id="jetpack-stats-js" defer></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ pieces

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i + 4, i - 3) if 0 <= j < len(self.articles)][:3]

    def times(self, a: Article) -> str:
        if a.modified:
            return (
                f'<time class="entry-date published" datetime="{a.published.isoformat()}">{thai_date(a.published)}</time>'
                f'<time class="updated" datetime="{a.modified.isoformat()}">{thai_date(a.modified)}</time>'
            )
        return f'<time class="entry-date published updated" datetime="{a.published.isoformat()}">{thai_date(a.published)}</time>'

    def meta(self, a: Article, views=True) -> str:
        v = (
            f'<span class="zak-post-views post-views">เปิดอ่าน {a.views:,} ครั้ง</span>'
            if views
            else ""
        )
        return f"""<div class="zak-entry-meta">
  <span class="zak-post-date"><a href="{a.path}" rel="bookmark">{self.times(a)}</a></span>
  <span class="zak-byline"> โดย <span class="author vcard"><a class="url fn n" href="/author/{USER}/">{USER}</a></span></span>
  <span class="zak-cat-links"><a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></span>
  <span class="zak-comments-link"><a href="{a.path}#respond">ใส่ความเห็น</a></span>
  {v}
</div>"""

    def shares(self, a: Article, where: str) -> str:
        n = a.extra["shares"]
        fb, tw, ln = n, n // 4, n // 3
        total = fb + tw + ln
        return f"""<div class="shared-counts-wrap {where} style-classic"><a href="https://www.facebook.com/sharer/sharer.php?u={HOST}{a.path}" title="แชร์ไปยัง Facebook" target="_blank" rel="nofollow noopener noreferrer" class="shared-counts-button facebook shared-counts-no-count" data-postid="{a.id}" data-social-network="Facebook" data-social-action="Share" data-social-target="{HOST}{a.path}"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">Facebook</span></span><span class="shared-counts-count">{fb}</span></a><a href="https://twitter.com/share?url={HOST}{a.path}" title="แชร์ไปยัง Twitter" target="_blank" rel="nofollow noopener noreferrer" class="shared-counts-button twitter" data-postid="{a.id}"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">Tweet</span></span><span class="shared-counts-count">{tw}</span></a><a href="https://social-plugins.line.me/lineit/share?url={HOST}{a.path}" title="แชร์ไปยัง LINE" target="_blank" rel="nofollow noopener noreferrer" class="shared-counts-button line" data-postid="{a.id}"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">LINE</span></span><span class="shared-counts-count">{ln}</span></a><a href="#" title="พิมพ์หน้านี้" class="shared-counts-button print" data-postid="{a.id}"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">พิมพ์</span></span></a><a href="mailto:?subject={esc(a.title)}" title="ส่งอีเมล" class="shared-counts-button email" data-postid="{a.id}"><span class="shared-counts-icon-label"><span class="shared-counts-icon"></span><span class="shared-counts-label">อีเมล</span></span></a><span class="shared-counts-button included_total shared-counts-no-count"><span class="shared-counts-icon-label"><span class="shared-counts-label">แชร์ทั้งหมด</span></span><span class="shared-counts-count">{total}</span></span></div>"""

    def content(self, a: Article) -> str:
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            fig = f"""<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="{HOST}/wp-content/uploads/{a.published:%Y/%m}/IMG_{a.id}-1024x683.jpg" alt="" class="wp-image-{a.id + 1}" /><figcaption class="wp-element-caption">ภาพบรรยากาศการประชุม ณ ห้องประชุมสำนักงาน</figcaption></figure>"""
            paras.insert(2, fig)
        if a.extra["file"]:
            paras.append(
                f"""<div class="wp-block-file"><a id="wp-block-file--media-{a.id}" href="{HOST}/wp-content/uploads/{a.published:%Y/%m}/energy-{a.id}.pdf">energy-{a.id}</a><a href="{HOST}/wp-content/uploads/{a.published:%Y/%m}/energy-{a.id}.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{a.id}">ดาวน์โหลด</a></div>"""
            )
        if a.source:
            paras.append(f"<p><strong>{a.extra['src_label']}</strong> {esc(a.source)}</p>")
        rel = ""
        items = []
        for k, r in enumerate(self.related(a)):
            items.append(
                f'<div class="jp-relatedposts-post jp-relatedposts-post{k} jp-relatedposts-post-thumbs" data-post-id="{r.id}" data-post-format="false"><a class="jp-relatedposts-post-a" href="{r.path}" title="{esc(r.title)}" rel="nofollow" data-origin="{a.id}" data-position="{k}"><img loading="lazy" class="jp-relatedposts-post-img" src="{HOST}/wp-content/uploads/{r.published:%Y/%m}/IMG_{r.id}-350x200.jpg" width="350" height="200" alt="{esc(r.title)}" /></a><h4 class="jp-relatedposts-post-title"><a class="jp-relatedposts-post-a" href="{r.path}" title="{esc(r.title)}" rel="nofollow" data-origin="{a.id}" data-position="{k}">{esc(r.title)}</a></h4><p class="jp-relatedposts-post-excerpt">{esc(r.paras[0][:80])}&hellip;</p><p class="jp-relatedposts-post-date">{jp_date(r.published)}</p><p class="jp-relatedposts-post-context">ใน &quot;ข่าวประชาสัมพันธ์&quot;</p></div>'
            )
        rel = f"""<div id='jp-relatedposts' class='jp-relatedposts' style="display: block;"><h3 class="jp-relatedposts-headline"><em>ที่เกี่ยวข้อง</em></h3><div class="jp-relatedposts-items jp-relatedposts-items-visual jp-relatedposts-grid">{"".join(items)}</div></div>"""
        return (
            self.shares(a, "before_content")
            + "\n"
            + "\n".join(paras)
            + "\n"
            + self.shares(a, "after_content")
            + "\n"
            + rel
        )

    def detail(self, a: Article) -> str:
        newer, older = self.neighbours(a)
        nav = ""
        if older:
            nav += f'<div class="nav-previous"><a href="{older.path}" rel="prev"><span class="zak-post-nav-label">เรื่องก่อนหน้า</span> <span class="zak-post-nav-title">{esc(older.title)}</span></a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{newer.path}" rel="next"><span class="zak-post-nav-label">เรื่องถัดไป</span> <span class="zak-post-nav-title">{esc(newer.title)}</span></a></div>'
        tags = ""
        if a.tags:
            links = ", ".join(f'<a href="/tag/{t}/" rel="tag">{esc(t)}</a>' for t in a.tags)
            tags = f'<span class="zak-tags-links tags-links">แท็ก: {links}</span>'
        thumb = ""
        if a.id % 3 == 0:
            thumb = f'<div class="zak-post-thumbnail"><img width="820" height="500" src="{HOST}/wp-content/uploads/{a.published:%Y/%m}/cover-{a.id}.jpg" class="attachment-post-thumbnail size-post-thumbnail wp-post-image" alt="" decoding="async" /></div>'
        inner = f"""<article id="post-{a.id}" class="zak-article post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
  <div class="zak-post">
    {thumb}
    <div class="zak-post-content">
      {self.meta(a)}
      <div class="zak-entry-content entry-content">
{self.content(a)}
      </div>
      <footer class="zak-entry-footer">{tags}</footer>
    </div>
  </div>
</article>
<nav class="navigation post-navigation" aria-label="เรื่อง"><h2 class="screen-reader-text">นำทางเรื่อง</h2><div class="nav-links">{nav}</div></nav>
<div id="comments" class="comments-area">
  <div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="{a.path}#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3><p class="must-log-in">คุณต้อง<a href="/wp-login.php?redirect_to={HOST}{a.path}">เข้าสู่ระบบ</a> เพื่อแสดงความเห็น</p></div>
</div>"""
        head = f"""<link rel="canonical" href="{HOST}{a.path}" />
<link rel='shortlink' href='{HOST}/?p={a.id}' />
<link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{a.id}" />
"""
        return self.shell(
            f"{a.title} – {OFFICE}",
            inner,
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            a.title,
            a.title,
            head,
        )

    def listing(self, k: int) -> str:
        cards = []
        for a in self.pages[k]:
            cards.append(
                f"""<article id="post-{a.id}" class="zak-article post-{a.id} post type-post status-publish format-standard hentry category-news">
  <div class="zak-post"><div class="zak-post-content">
    <header class="zak-entry-header"><h2 class="zak-entry-title entry-title"><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h2></header>
    {self.meta(a, views=False)}
    <div class="zak-entry-summary"><p>{esc(a.paras[0][:220])} [&hellip;]</p></div>
    <div class="zak-entry-footer"><a href="{a.path}" class="zak-button zak-more-link">อ่านต่อ</a></div>
  </div></div>
</article>"""
            )
            if k == 1 and len(cards) == 4:
                cards.append(
                    f"""<article id="post-{DELETED_ID}" class="zak-article post-{DELETED_ID} post type-post status-publish format-standard post-password-required hentry category-news">
  <div class="zak-post"><div class="zak-post-content">
    <header class="zak-entry-header"><h2 class="zak-entry-title entry-title"><a href="{DELETED}" rel="bookmark">ป้องกัน: {DELETED_TITLE}</a></h2></header>
    <div class="zak-entry-summary"><p>ไม่มีการแสดงตัวอย่างเนื่องจากเนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน</p></div>
  </div></div>
</article>"""
                )
        n = len(self.pages)
        links = []
        if k > 0:
            prev = "/category/news/" if k == 1 else f"/category/news/page/{k}/"
            links.append(f'<a class="prev page-numbers" href="{prev}">&laquo; ก่อนหน้า</a>')
        for j in range(n):
            href = "/category/news/" if j == 0 else f"/category/news/page/{j + 1}/"
            if j == k:
                links.append(
                    f'<span aria-current="page" class="page-numbers current"><span class="meta-nav screen-reader-text">หน้า </span>{j + 1}</span>'
                )
            else:
                links.append(
                    f'<a class="page-numbers" href="{href}"><span class="meta-nav screen-reader-text">หน้า </span>{j + 1}</a>'
                )
        if k + 1 < n:
            links.append(
                f'<a class="next page-numbers" href="/category/news/page/{k + 2}/">ถัดไป &raquo;</a>'
            )
        inner = (
            "\n".join(cards)
            + f'\n<nav class="navigation pagination" aria-label="การแบ่งหน้าเรื่อง"><h2 class="screen-reader-text">การแบ่งหน้าเรื่อง</h2><div class="nav-links">{"".join(links)}</div></nav>'
        )
        title = "ข่าวประชาสัมพันธ์" + (f" – หน้า {k + 1}" if k else "") + f" – {OFFICE}"
        feed = f'<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ข่าวประชาสัมพันธ์ ฟีดหมวดหมู่" href="{HOST}/category/news/feed/" />\n'
        return self.shell(
            title,
            inner,
            "archive category category-news category-3 hfeed",
            "หมวดหมู่: ข่าวประชาสัมพันธ์",
            "",
            feed,
        )

    def protected(self) -> str:
        inner = f"""<article id="post-{DELETED_ID}" class="zak-article post-{DELETED_ID} post type-post status-publish format-standard post-password-required hentry category-news">
  <div class="zak-post"><div class="zak-post-content">
    <div class="zak-entry-content entry-content">
<form action="{HOST}/wp-login.php?action=postpass" class="post-password-form" method="post"><p>เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน ในการดู โปรดใส่รหัสผ่านของคุณด้านล่าง:</p><p><label for="pwbox-{DELETED_ID}">รหัสผ่าน: <input name="post_password" id="pwbox-{DELETED_ID}" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form>
    </div>
  </div></div>
</article>"""
        t = f"ป้องกัน: {DELETED_TITLE}"
        return self.shell(
            f"{t} – {OFFICE}",
            inner,
            f"post-template-default single single-post postid-{DELETED_ID} single-format-standard",
            t,
            t,
        )

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        if path == "/category/news/":
            return self.html_response(self.listing(0))
        if path.startswith("/category/news/page/"):
            k = path[len("/category/news/page/") :].strip("/")
            if k.isdigit() and 2 <= int(k) <= len(self.pages):
                return self.html_response(self.listing(int(k) - 1))
            return None
        if path == DELETED:
            return self.html_response(self.protected())
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path in ("/feed/", "/category/news/feed/"):
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><pubDate>{a.published.astimezone(dt.UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate><dc:creator><![CDATA[{USER}]]></dc:creator><guid isPermaLink="false">{HOST}/?p={a.id}</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>{OFFICE}</title><link>{HOST}</link><generator>https://wordpress.org/?v=6.5.3</generator>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                USER,
                thai_date(a.published),
                f"เปิดอ่าน {a.views:,} ครั้ง",
                "แชร์ทั้งหมด",
                "Tweet",
                "ที่เกี่ยวข้อง",
                'ใน "ข่าวประชาสัมพันธ์"',
                "เรื่องก่อนหน้า",
                "เรื่องถัดไป",
                "ใส่ความเห็น",
                "เพื่อแสดงความเห็น",
                "เรื่องล่าสุด",
                "ข่าวยอดนิยม",
                "ทั้งหมด : 184,320",
                "ขนาดตัวอักษร",
                "เว็บไซต์นี้ใช้คุกกี้",
                "Powered by",
            ]
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            if a.extra["image"]:
                must_not.append("ภาพบรรยากาศการประชุม ณ ห้องประชุมสำนักงาน")
            if a.extra["file"]:
                must_not += ["ดาวน์โหลด", f"energy-{a.id}"]
            if a.tags:
                must_not.append("แท็ก:")
            # never-edited posts print one hAtom time (published updated): no separate
            # modified date, so modified_at is null there (first-round call)
            out.append(expected_record(a, modified_time=True, must_not=must_not))
        return out


SITE = ZakraSite()

if __name__ == "__main__":
    main(SITE)
