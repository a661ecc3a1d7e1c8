"""Blind-49 red-team site (part A): a provincial agriculture-and-cooperatives office on
**WordPress 6.5 + CoverNews 4 (AF Themes) with a small child theme**, MashShare, WP-PostViews,
the official AMP plugin in Transitional mode, Ultimate Member and Cookie Notice; no SEO plugin.
Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): CoverNews' own templates — `single.php`
(`article > div.entry-content-wrap`, the header block, `template-parts/content` with
`div.entry-content`, then `covernews_get_block('related')`), `template-parts/content.php`
(the singular branch: `the_content()`, then `div.post-item-metadata.entry-meta` with
`covernews_post_item_tag()` "Tags: …", then `the_post_navigation()` with the untranslated
"Previous" / "Next" `span.em-post-navigation` labels), `covernews_post_item_meta()` (its
`global_post_date_author_setting` option: *show-date-author*, *show-date-only*,
*show-author-only*), the grid block (`spotlight-post` > `figure.categorised-article` >
`div.data-bg.data-bg-hover.data-bg-categorised[data-background]` holding an **empty
`<a href>`**, then `figcaption` > `h3.article-title.article-title-1`), the related block
(`div.em-reated-posts` > `h3.related-title`), the header (`top-masthead`, `p.site-title`,
`nav#site-navigation.main-navigation`, `af-search-wrap`); MashShare's `mashshareShow()`
(`aside.mashsb-container.mashsb-main` > `div.mashsb-box` > `div.mashsb-count` "SHARES" +
`div.mashsb-buttons` with `a.mashicon-facebook` / `a.mashicon-twitter`, then the "Share buttons
by mashshare.net" comment). WP-PostViews' template option and the AMP plugin's Transitional
mode (`?amp=1` twins, `link rel=amphtml` / `rel=canonical`, `<html amp>`, `style amp-custom`,
`amp-img`) are written from memory of their documentation.

What it imitates (traps marked NEW were not tried by earlier rounds):
- posts at **`/%year%/%monthnum%/%day%/%postname%/`** with short ASCII slugs (`/2024/06/25/pr67-118/`);
- **NEW: no date anywhere on the article page** — the theme option *show-author-only* prints
  only the author in `covernews_post_item_meta()`, there is no SEO plugin (no
  `article:published_time`, no JSON-LD), feed links were removed by the child theme, and the
  listing cards print the same author-only meta: **the day exists only in the URL path**;
- **NEW: an AMP twin for every post** (`<link rel="amphtml" href="…/?amp=1">`): the AMP
  plugin's Transitional mode serves the same theme markup under `<html amp>` with `amp-img`,
  `<link rel="canonical">` back to the post, same headline and text;
- **NEW: a card grid whose pictures are CSS backgrounds** (`div.data-bg[data-background]` with
  an inline `background-image` and an **empty `<a href>`** before the `h3` title link), no
  `<img>` in the cards, an author-only meta row and a "…" excerpt;
- **NEW: the text split over Gutenberg blocks**: a lead paragraph inside a coloured
  `wp-block-group` box, then a `wp-block-gallery` (some), then the paragraphs, with the corpus
  text's own list items ("- …", "● …") as a **`ul.wp-block-list`** (the list is text);
- **NEW: the view counter only in English, in brackets** — WP-PostViews' template set to
  "(%VIEW_COUNT% views)" in the child theme's meta row: "(1,234 views)";
- MashShare bars **inside `div.entry-content`** before and after the text ("1.2k SHARES",
  Facebook / Twitter / LINE), a typed "ที่มา : office" paragraph (some), "Tags:" links,
  the untranslated post navigation "Previous <title>" / "Next <title>", CoverNews' related
  grid "ข่าวที่เกี่ยวข้อง" (titles, author meta, background pictures), comments closed with a
  login prompt, sidebar "ข่าวล่าสุด" / "ข่าวยอดนิยม (N views)", footer, Cookie Notice bar;
- listing `/category/news/`, `/category/news/page/N/` with core's `the_posts_pagination()`
  ("Previous" / numbers / "Next"), 9 a page, 24 posts.
Deleted: a post restricted by Ultimate Member, linked from page 2: 200 with the headline, no
text, "เนื้อหานี้สงวนไว้สำหรับเจ้าหน้าที่ที่เข้าสู่ระบบเท่านั้น" and the login form.
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote, unquote

from ._common import TZ, BaseSite, esc, expected_record, main, make_articles, paginate
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

SITE_NAME = "สำนักงานเกษตรและสหกรณ์จังหวัดลำพูน"
TAGLINE = "Lamphun Provincial Agriculture and Cooperatives Office"
CAT = "ข่าวประชาสัมพันธ์"
LIST = "/category/news/"
PER = 9
AUTHOR = "ฝ่ายบริหารทั่วไป"
SOURCES = [
    "กลุ่มยุทธศาสตร์และสารสนเทศ",
    None,
    "สำนักงานเกษตรจังหวัดลำพูน",
    None,
    "สำนักงานสหกรณ์จังหวัดลำพูน",
    "กลุ่มประชาสัมพันธ์ สำนักงานปลัดกระทรวงเกษตรและสหกรณ์",
    None,
]
TAGS = ["เกษตรกร", "สหกรณ์", "ลำพูน", "ประชาสัมพันธ์", "ลำไย", "ภัยแล้ง", "ศพก."]
DELETED_PATH = "/2024/06/01/pr67-101/"
DELETED_TITLE = "ประกาศผลการคัดเลือกเกษตรกรดีเด่น ระดับจังหวัด ประจำปี 2567 (ภายใน)"
RESTRICTED = "เนื้อหานี้สงวนไว้สำหรับเจ้าหน้าที่ที่เข้าสู่ระบบเท่านั้น"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน ท่านสามารถศึกษารายละเอียดได้ที่นโยบายคุกกี้"
FOOTER = "สำนักงานเกษตรและสหกรณ์จังหวัดลำพูน ศาลากลางจังหวัดลำพูน ถนนลำพูน-ป่าซาง ตำบลต้นธง อำเภอเมืองลำพูน จังหวัดลำพูน 51000"
COMMENTS_CLOSED = "ปิดรับความคิดเห็น"
RELATED = "ข่าวที่เกี่ยวข้อง"
LIST_MARKS = ("- ", "● ", "• ")


def commas(n: int) -> str:
    return f"{n:,}"


def k_count(n: int) -> str:
    return f"{n / 1000:.1f}k" if n >= 1000 else str(n)


class CoverNewsSite(BaseSite):
    key = "b49_wp_covernews_mashshare"
    family = "wordpress"
    imitates = (
        "WordPress 6.5 + CoverNews (AF Themes) child theme, MashShare, WP-PostViews '(N views)', "
        "AMP plugin Transitional (?amp=1 twins), Ultimate Member, Cookie Notice, no SEO plugin: "
        "/%year%/%monthnum%/%day%/%postname%/ posts; no date on the page (author-only meta), the "
        "day only in the URL; background-image card grid with empty image links; lead group box, "
        "gallery and list blocks in the text; MashShare inside the content; Tags:, Previous/Next "
        "with titles, related grid, sidebar latest/popular; /category/news/page/N/"
    )
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 6, 28, 17, 0, tzinfo=TZ), offset=15
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 1180 + (n - i) * 3
            seq = 95 + (n - i)
            d = a.published
            a.path = f"/{d.year}/{d.month:02d}/{d.day:02d}/pr{str(d.year + 543)[-2:]}-{seq:03d}/"
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = [TAGS[(i * 3 + k) % len(TAGS)] for k in range(i % 3 + (1 if i % 4 else 0))]
            a.modified = None
            a.views = 41 + (i * 617 + 233) % 3900
            a.extra["shares"] = 12 + (i * 431) % 2300
            a.extra["thumb"] = i % 5 != 2
            a.extra["gallery"] = i % 3 == 1
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        assert DELETED_PATH not in self.by_path

    # ------------------------------------------------------------------ urls
    def page_url(self, k: int) -> str:
        return LIST if k == 0 else f"{LIST}page/{k + 1}/"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [DELETED_PATH]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        return [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][:3] or [
            x for x in self.articles if x is not a
        ][:3]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:4]

    # ------------------------------------------------------------------ pieces
    def thumb_url(self, a) -> str:
        d = a.published
        return f"/wp-content/uploads/{d.year}/{d.month:02d}/pr-{a.id}-720x380.jpg"

    def author_meta(self) -> str:
        return f"""<span class="author-links">
                <span class="item-metadata posts-author">
            <a href="/author/pr-lamphun/">
                {AUTHOR}            </a>
        </span>
                    </span>"""

    def card(self, a, cls="col-lg-4 col-sm-4 col-md-4 latest-posts-grid") -> str:
        bg = self.thumb_url(a) if a.extra["thumb"] else ""
        bgcls = "data-bg data-bg-categorised" if bg else ""
        style = f' style="background-image: url({bg});"' if bg else ""
        excerpt = a.paras[0][:150].rstrip() + "..."
        return f"""<article id="post-{a.id}" class="{cls} post-{a.id} post type-post status-publish format-standard{" has-post-thumbnail" if bg else ""} hentry category-news" data-mh="archive-layout-grid">
<div class="align-items-center">
    <div class="spotlight-post">
        <figure class="categorised-article inside-img">
            <div class="categorised-article-wrapper">
                <div class="data-bg-hover {bgcls}" data-background="{bg}"{style}>
                    <a href="{a.path}"></a>
                </div>
                <div class="figure-categories figure-categories-bg">
                    <ul class="cat-links"><li class="meta-category">
                             <a class="covernews-categories category-color-1" href="{LIST}" alt="ดูเรื่องทั้งหมดใน {CAT}">
                                 {CAT}
                             </a>
                        </li></ul>                </div>
            </div>
        </figure>
        <figcaption>
            <h3 class="article-title article-title-1">
                <a href="{a.path}">
                    {esc(a.title)}                </a>
            </h3>
            <div class="grid-item-metadata">
                {self.author_meta()}
            </div>
            <div class="full-item-discription">
                <div class="post-description">
                    <p>{esc(excerpt)}</p>
                </div>
            </div>
        </figcaption>
    </div>
</div>
</article>"""

    def deleted_card(self) -> str:
        return f"""<article id="post-1501" class="col-lg-4 col-sm-4 col-md-4 latest-posts-grid post-1501 post type-post status-publish format-standard hentry category-news" data-mh="archive-layout-grid">
<div class="align-items-center">
    <div class="spotlight-post">
        <figure class="categorised-article inside-img">
            <div class="categorised-article-wrapper">
                <div class="data-bg-hover " data-background="">
                    <a href="{DELETED_PATH}"></a>
                </div>
            </div>
        </figure>
        <figcaption>
            <h3 class="article-title article-title-1">
                <a href="{DELETED_PATH}">
                    {esc(DELETED_TITLE)}                </a>
            </h3>
            <div class="grid-item-metadata">
                {self.author_meta()}
            </div>
            <div class="full-item-discription">
                <div class="post-description">
                    <p>เนื้อหานี้สงวนไว้สำหรับสมาชิก...</p>
                </div>
            </div>
        </figcaption>
    </div>
</div>
</article>"""

    def sidebar(self) -> str:
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        pop = "".join(
            f'<li><a href="{x.path}" title="{esc(x.title)}">{esc(x.title)}</a> - ({commas(x.views)} views)</li>'
            for x in self.popular()
        )
        return f"""<aside id="secondary" class="widget-area sidebar-sticky-top">
<div id="search-2" class="widget covernews-widget widget_search"><form role="search" method="get" class="search-form" action="/">
				<label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" /></label>
				<input type="submit" class="search-submit" value="ค้นหา" /></form></div>
<div id="recent-posts-2" class="widget covernews-widget widget_recent_entries">
<h2 class="widget-title widget-title-1"><span>ข่าวล่าสุด</span></h2>
<ul>{latest}</ul></div>
<div id="views-2" class="widget covernews-widget widget_views"><h2 class="widget-title widget-title-1"><span>ข่าวยอดนิยม</span></h2>
<ul>{pop}</ul></div>
<div id="text-3" class="widget covernews-widget widget_text"><h2 class="widget-title widget-title-1"><span>ลิงก์หน่วยงาน</span></h2><div class="textwidget"><p><a href="https://www.moac.go.th/">กระทรวงเกษตรและสหกรณ์</a><br><a href="https://www.lamphun.go.th/">จังหวัดลำพูน</a></p></div></div>
</aside><!-- #secondary -->"""

    def shell(
        self, body_class: str, head_extra: str, title: str, content: str, *, amp=False
    ) -> str:
        css = (
            '<style amp-custom>.entry-content p{font-size:18px}.mashsb-box{display:flex}</style>\n<script async src="https://cdn.ampproject.org/v0.js"></script>'
            if amp
            else """<link rel='stylesheet' id='bootstrap-css' href='/wp-content/themes/covernews/assets/bootstrap/css/bootstrap.min.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='covernews-style-css' href='/wp-content/themes/covernews/style.css?ver=6.5.3' media='all' />
<link rel='stylesheet' id='covernews-child-style-css' href='/wp-content/themes/covernews-child/style.css?ver=1.0.2' media='all' />
<link rel='stylesheet' id='mashsb-styles-css' href='/wp-content/plugins/mashsharer/assets/css/mashsb.min.css?ver=4.0.47' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css' href='/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>"""
        )
        html_open = (
            '<html amp lang="th" i-amphtml-layout="" i-amphtml-no-boilerplate="">'
            if amp
            else '<html lang="th">'
        )
        return f"""<!doctype html>
{html_open}
<head>
    <meta charset="UTF-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="profile" href="http://gmpg.org/xfn/11">
    <title>{title}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='dns-prefetch' href='//fonts.googleapis.com' />
{css}
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.5.3" />
{head_extra}
<link rel="icon" href="/wp-content/uploads/2021/03/cropped-logo-moac-32x32.png" sizes="32x32" />
</head>

<body class="{body_class} default-content-layout scrollup-sticky-header aft-sticky-header aft-sticky-sidebar default aft-container-default aft-main-banner-slider-editors-picks-trending single-content-mode-default header-image-full align-content-left">

<div id="page" class="site">
    <a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>

    <div class="header-layout-1">
    <div class="top-masthead">
        <div class="container">
            <div class="row">
                <div class="col-xs-12 col-sm-12 col-md-8 device-center">
                    <div class="top-navigation"><ul id="top-menu" class="menu"><li><a href="/about/">เกี่ยวกับเรา</a></li><li><a href="/contact/">ติดต่อเรา</a></li><li><a href="/ita/">ITA</a></li></ul></div>                    </div>
            </div>
        </div>
    </div> <!--    Topbar Ends-->
<header id="masthead" class="site-header">
    <div class="masthead-banner data-bg" data-background="/wp-content/uploads/2021/03/header-lamphun.jpg">
        <div class="container">
            <div class="row">
                <div class="col-md-4">
                    <div class="site-branding">
                        <a href="/" class="custom-logo-link" rel="home"><img width="120" height="120" src="/wp-content/uploads/2021/03/logo-moac.png" class="custom-logo" alt="{SITE_NAME}" /></a>
                            <p class="site-title font-family-1">
                                <a href="/" rel="home">{SITE_NAME}</a>
                            </p>
                            <p class="site-description">{TAGLINE}</p>
                    </div>
                </div>
                <div class="col-md-8"></div>
            </div>
        </div>
    </div>
    <nav id="site-navigation" class="main-navigation">
        <div class="container">
            <div class="row">
                <div class="kol-12">
                    <div class="navigation-container">
                        <div class="cart-search">
                            <span class="af-search-click icon-search"><i class="fa fa-search"></i></span>
                        </div>
                        <span class="toggle-menu" aria-controls="primary-menu" aria-expanded="false">
                                <span class="screen-reader-text">เมนูหลัก</span>
                                 <i class="ham"></i>
                        </span>
                        <div class="menu main-menu"><ul id="primary-menu" class="menu"><li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item current-menu-item"><a href="{LIST}">{CAT}</a></li><li class="menu-item"><a href="/category/procurement/">จัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/category/activity/">ภาพกิจกรรม</a></li><li class="menu-item"><a href="/download/">ดาวน์โหลด</a></li></ul></div>
                    </div>
                </div>
            </div>
        </div>
    </nav>
</header>
<div id="af-search-wrap">
    <div class="af-search-box table-block">
        <div class="table-block-child v-center text-center">
            <form role="search" method="get" class="search-form" action="/"><label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="ค้นหา" /></form>
        </div>
    </div>
    <div class="af-search-close af-search-click"><span></span><span></span></div>
</div>
    </div>
    <div id="content" class="container">
{content}
    </div>

    <footer class="site-footer">
        <div class="site-info">
            <div class="container">
                <div class="row">
                    <div class="col-sm-12">
                        <p>{FOOTER}</p>
                        Copyright &copy; 2567 {SITE_NAME}
                        <span class="sep"> | </span>
                        <a href="https://afthemes.com/products/covernews/">CoverNews</a> by AF themes.
                    </div>
                </div>
            </div>
        </div>
    </footer>
</div>
<a id="scroll-up" class="secondary-color"><i class="fa fa-angle-up"></i></a>
<div id="cookie-notice" role="dialog" class="cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{COOKIE}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="ยอมรับ">ยอมรับ</a><a href="/privacy-policy/" target="_blank" id="cn-more-info" class="cn-more-info cn-button" aria-label="นโยบายคุกกี้">นโยบายคุกกี้</a></span></div></div>
</body>
</html>
"""

    def crumbs(self, last: str | None) -> str:
        items = [("/", "หน้าแรก"), (LIST, CAT)]
        lis = "".join(
            f'<li class="trail-item"><a href="{u}" rel="home"><span>{t}</span></a></li>'
            for u, t in items
        )
        if last:
            lis += f'<li class="trail-item trail-end"><span>{esc(last)}</span></li>'
        return f"""<div class="em-breadcrumbs font-family-1 covernews-breadcrumbs">
      <div class="row">
        <div role="navigation" aria-label="Breadcrumbs" class="breadcrumb-trail breadcrumbs" itemprop="breadcrumb"><ul class="trail-items">{lis}</ul></div>      </div>
    </div>"""

    # ------------------------------------------------------------------ listing
    def render_list(self, k: int):
        cards = [self.card(a) for a in self.pages[k]]
        if k == 1:
            cards.insert(5, self.deleted_card())
        n = len(self.pages)
        nav = []
        if k > 0:
            nav.append(f'<a class="prev page-numbers" href="{self.page_url(k - 1)}">Previous</a>')
        for j in range(n):
            if j == k:
                nav.append(f'<span aria-current="page" class="page-numbers current">{j + 1}</span>')
            else:
                nav.append(f'<a class="page-numbers" href="{self.page_url(j)}">{j + 1}</a>')
        if k < n - 1:
            nav.append(f'<a class="next page-numbers" href="{self.page_url(k + 1)}">Next</a>')
        content = f"""{self.crumbs(None)}
    <div id="primary" class="content-area">
        <main id="main" class="site-main">
                <header class="header-title-wrapper1">
                    <h1 class="page-title">หมวดหมู่: <span>{CAT}</span></h1>                </header><!-- .header-title-wrapper -->
                <div class="row">
                <div id="aft-inner-row">
{"".join(cards)}
                </div>
                </div>
                <div class="col col-ten">
                    <div class="covernews-pagination">
	<nav class="navigation pagination" aria-label="โพสต์">
		<h2 class="screen-reader-text">การนำทางเรื่อง</h2>
		<div class="nav-links">{"".join(nav)}</div>
	</nav>                    </div>
                </div>
        </main><!-- #main -->
    </div><!-- #primary -->
{self.sidebar()}"""
        title = f"{CAT} – {SITE_NAME}" if k == 0 else f"{CAT} – หน้า {k + 1} – {SITE_NAME}"
        return self.html_response(
            self.shell("archive category category-news wp-custom-logo hfeed", "", title, content)
        )

    # ------------------------------------------------------------------ article
    def mashshare(self, a, full: str) -> str:
        return f"""<aside class="mashsb-container mashsb-main mashsb-stretched"><div class="mashsb-box"><div class="mashsb-count mash-medium" style="float:left"><div class="counts mashsbcount">{k_count(a.extra["shares"])}</div><span class="mashsb-sharetext">SHARES</span></div><div class="mashsb-buttons"><a class="mashicon-facebook mash-medium mash-center mashsb-noshadow" href="https://www.facebook.com/sharer.php?u={full}" target="_top" rel="nofollow"><span class="icon"></span><span class="text">Share</span></a><a class="mashicon-twitter mash-medium mash-center mashsb-noshadow" href="https://twitter.com/intent/tweet?text={quote(a.title)}&amp;url={full}" target="_top" rel="nofollow"><span class="icon"></span><span class="text">Tweet</span></a><a class="mashicon-line mash-medium mash-center mashsb-noshadow" href="https://social-plugins.line.me/lineit/share?url={full}" target="_top" rel="nofollow"><span class="icon"></span><span class="text">LINE</span></a></div>
            </div>
                <div style="clear:both;"></div></aside>
            <!-- Share buttons by mashshare.net - Version: 4.0.47-->"""

    def body_blocks(self, a, amp: bool) -> str:
        img = "amp-img" if amp else "img"
        close = "></amp-img>" if amp else " />"
        lay = ' layout="intrinsic"' if amp else ""
        out = [
            f"""<div class="wp-block-group has-pale-cyan-blue-background-color has-background is-layout-constrained wp-block-group-is-layout-constrained" style="border-radius:6px">
<p class="has-medium-font-size"><strong>{esc(a.paras[0])}</strong></p>
</div>"""
        ]
        if a.extra["gallery"]:
            figs = "".join(
                f'<figure class="wp-block-image size-large"><{img} decoding="async" width="1024" height="683" src="/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr-{a.id}-{j}-1024x683.jpg" alt=""{lay} class="wp-image-{a.id + j}"{close}</figure>'
                for j in range(1, 4)
            )
            out.append(
                f'<figure class="wp-block-gallery has-nested-images columns-3 is-cropped wp-block-gallery-1 is-layout-flex wp-block-gallery-is-layout-flex">{figs}</figure>'
            )
        rest = a.paras[1:]
        items: list[str] = []
        for p in rest:
            if p.startswith(LIST_MARKS):
                items.append(p[2:].strip())
                continue
            if items:
                out.append(
                    '<ul class="wp-block-list">'
                    + "".join(f"<li>{esc(x)}</li>" for x in items)
                    + "</ul>"
                )
                items = []
            out.append(f"<p>{esc(p)}</p>")
        if items:
            out.append(
                '<ul class="wp-block-list">'
                + "".join(f"<li>{esc(x)}</li>" for x in items)
                + "</ul>"
            )
        if a.source:
            out.append(f"<p><strong>ที่มา :</strong> {esc(a.source)}</p>")
        return "\n\n".join(out)

    def render_article(self, a, base: str, amp: bool = False):
        full = quote(base + a.path, safe="")
        older, newer = self.neighbours(a)
        bg = self.thumb_url(a) if a.extra["thumb"] else ""
        img = "amp-img" if amp else "img"
        close = "></amp-img>" if amp else " />"
        thumb = (
            f"""<div class="aft-post-thumbnail-wrapper">
                    <div class="post-thumbnail full-width-image">
                    <{img} width="720" height="380" src="{bg}" class="attachment-covernews-featured size-covernews-featured wp-post-image" alt="" decoding="async"{' layout="responsive"' if amp else ""}{close}                </div>
            </div>"""
            if bg
            else ""
        )
        tags = ""
        if a.tags:
            links = ", ".join(f'<a href="/tag/{quote(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
            tags = f'<span class="tags-links">Tags: {links}</span>'
        nav = ""
        if older:
            nav += f'<div class="nav-previous"><a href="{older.path}" rel="prev"><span class="em-post-navigation">Previous</span> {esc(older.title)}</a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="{newer.path}" rel="next"><span class="em-post-navigation">Next</span> {esc(newer.title)}</a></div>'
        rel_cards = "".join(
            f"""<div class="col-sm-4 latest-posts-grid" data-mh="latest-posts-grid">
                        <div class="spotlight-post">
                            <figure class="categorised-article">
                                <div class="categorised-article-wrapper">
                                    <div class="data-bg data-bg-hover data-bg-categorised" data-background="{self.thumb_url(x) if x.extra["thumb"] else ""}">
                                        <a href="{x.path}"></a>
                                    </div>
                                </div>
                            </figure>
                            <figcaption>
                                <h3 class="article-title article-title-1">
                                    <a href="{x.path}">
                                        {esc(x.title)}                                    </a>
                                </h3>
                                <div class="grid-item-metadata">
                                    {self.author_meta()}
                                </div>
                            </figcaption>
                        </div>
                    </div>"""
            for x in self.related(a)
        )
        canonical = base + a.path
        if amp:
            head = f'<link rel="canonical" href="{canonical}" />'
        else:
            head = f'<link rel="canonical" href="{canonical}" />\n<link rel=\'shortlink\' href=\'{base}/?p={a.id}\' />\n<link rel="amphtml" href="{canonical}?amp=1">'
        content = f"""{self.crumbs(a.title)}
        <div class="row">
                <div id="primary" class="content-area">
                    <main id="main" class="site-main">
                            <article id="post-{a.id}" class="af-single-article post-{a.id} post type-post status-publish format-standard{" has-post-thumbnail" if bg else ""} hentry category-news">
                                <div class="entry-content-wrap">
                                    <header class="entry-header">
    <div class="header-details-wrapper">
        <div class="entry-header-details">
                            <div class="figure-categories figure-categories-bg">
                    <ul class="cat-links"><li class="meta-category">
                             <a class="covernews-categories category-color-1" href="{LIST}" alt="ดูเรื่องทั้งหมดใน {CAT}">
                                 {CAT}
                             </a>
                        </li></ul>                </div>
            <h1 class="entry-title">{esc(a.title)}</h1>
            <div class="post-item-metadata entry-meta">
                {self.author_meta()}
                <span class="item-metadata posts-views"><i class="far fa-eye"></i> ({commas(a.views)} views)</span>
            </div>
        </div>
    </div>
            {thumb}
    </header><!-- .entry-header -->
    <div class="entry-content">
        {self.mashshare(a, full)}
{self.body_blocks(a, amp)}
{self.mashshare(a, full)}
                    <div class="post-item-metadata entry-meta">
                {tags}
            </div>
	<nav class="navigation post-navigation" aria-label="Continue Reading">
		<h2 class="screen-reader-text">Continue Reading</h2>
		<div class="nav-links">{nav}</div>
	</nav>
    </div><!-- .entry-content -->
                                </div>
<div class="promotionspace enable-promotionspace">
    <div class="em-reated-posts  col-ten">
        <div class="row">
                <h3 class="related-title">
                    {RELATED}
                </h3>
            <div class="row">
                {rel_cards}
            </div>
        </div>
    </div>
</div>
<div id="comments" class="comments-area">
	<p class="no-comments">{COMMENTS_CLOSED}</p>
	<p class="must-log-in">คุณต้อง <a href="/wp-login.php?redirect_to={full}">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</p>
</div><!-- #comments -->
                            </article>
                    </main><!-- #main -->
                </div><!-- #primary -->
{self.sidebar()}
        </div>"""
        return self.html_response(
            self.shell(
                f"post-template-default single single-post postid-{a.id} single-format-standard wp-custom-logo"
                + (" amp" if amp else ""),
                head,
                f"{esc(a.title)} – {SITE_NAME}",
                content,
                amp=amp,
            )
        )

    def render_deleted(self, base: str):
        content = f"""{self.crumbs(DELETED_TITLE)}
        <div class="row">
                <div id="primary" class="content-area">
                    <main id="main" class="site-main">
                            <article id="post-1501" class="af-single-article post-1501 post type-post status-publish format-standard hentry category-news">
                                <div class="entry-content-wrap">
                                    <header class="entry-header">
    <div class="header-details-wrapper">
        <div class="entry-header-details">
            <h1 class="entry-title">{esc(DELETED_TITLE)}</h1>
            <div class="post-item-metadata entry-meta">{self.author_meta()}</div>
        </div>
    </div>
    </header>
    <div class="entry-content">
<div class="um-restricted-message"><p>{RESTRICTED}</p></div>
<div class="um um-login um-1498"><div class="um-form"><form method="post" action="/login/">
<div class="um-field um-field-username"><label for="username-1498">ชื่อผู้ใช้หรืออีเมล</label><input type="text" name="username-1498" id="username-1498" value="" /></div>
<div class="um-field um-field-user_password"><label for="user_password-1498">รหัสผ่าน</label><input type="password" name="user_password-1498" id="user_password-1498" value="" /></div>
<div class="um-col-alt"><input type="submit" value="เข้าสู่ระบบ" class="um-button" /></div>
<a href="/password-reset/" class="um-link-alt">ลืมรหัสผ่าน?</a></form></div></div>
    </div>
                                </div>
                            </article>
                    </main>
                </div>
{self.sidebar()}
        </div>"""
        return self.html_response(
            self.shell(
                "post-template-default single single-post postid-1501 wp-custom-logo",
                f'<link rel="canonical" href="{base}{DELETED_PATH}" />',
                f"{esc(DELETED_TITLE)} – {SITE_NAME}",
                content,
            )
        )

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if not path.endswith("/"):
            return 301, {"Location": path + "/"}, b""
        pages = self.listing_pages()
        if path in pages and not raw_query:
            return self.render_list(pages.index(path))
        if path == DELETED_PATH:
            return self.render_deleted(base)
        a = self.by_path.get(path)
        if a is None:
            return None
        if raw_query in ("amp=1", "amp"):
            return self.render_article(a, base, amp=True)
        if raw_query:
            return None
        return self.render_article(a, base)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                f"({commas(a.views)} views)",
                "SHARES",
                "Tweet",
                "Previous",
                "Next",
                "Tags:",
                RELATED,
                COMMENTS_CLOSED,
                "เข้าสู่ระบบ",
                "ข่าวยอดนิยม",
                "ข่าวล่าสุด",
                COOKIE,
                FOOTER,
                TAGLINE,
                "Continue Reading",
            ]
            must_not += [x.title for x in (older, newer) if x]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.popular() if x is not a]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(
                expected_record(
                    a, published_time=False, modified=False, must_not=on_page(self, a, must_not)
                )
            )
        return out


SITE = CoverNewsSite()

if __name__ == "__main__":
    main(SITE)
