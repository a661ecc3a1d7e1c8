"""Held-out red-team site: a district office on WordPress 6 with an Astra-like theme, plain
permalinks and an English admin locale (built blind).

What it imitates (facts about the printed markup, not any theme's code):
- plain permalinks: posts are `/?p=ID`, the category listing `/?cat=4` and
  `/?cat=4&paged=N` (`nav.navigation.pagination`, `a.page-numbers`, "Next →");
- the site language is English while the posts are Thai: dates are WordPress's default
  `F j, Y` in English ("January 15, 2024"), no time anywhere, no `<time datetime>`, no SEO
  plugin metas; `span.posted-on` holds `span.published[itemprop=datePublished]` and
  `span.updated[itemprop=dateModified]` (the theme prints both, the second hidden by CSS, so
  a never-edited post prints its publication date twice);
- `article[itemtype=CreativeWork]`, `header.entry-header` with `h1.entry-title` and
  `div.entry-meta` "By NAME / date / category", `div.entry-content.clear[itemprop=text]`;
- plugins appending to the content: Post Views Counter ("Post Views: 1,234") before the text,
  Simple Share Buttons Adder ("Share this…") and YARPP ("Related posts:") after it; the editor
  typed a "ที่มา :" line as the last paragraph;
- `footer.entry-footer` ("Posted in", "Tagged"), post navigation ("Previous Post" /
  "Next Post"), "Leave a Comment" with "You must be logged in to post a comment.", a sidebar
  with Recent Posts, Archives and Meta ("Log in", "Entries feed");
- the deleted item is a post emptied by its editor: `/?p=ID` answers 200 with an empty title
  and an empty `entry-content`.

Judgement call: dateModified is printed for every post (as for Joomla), so `modified_at`
equals the publication date when never edited; both are dates without a time.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    TZ,
    Article,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .ho_common import ensure_source

SITE_NAME = "ที่ทำการปกครองอำเภอแม่สาย"
EN_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
CAT_ID = 4
CAT_NAME = "ข่าวประชาสัมพันธ์"
PER_PAGE = 7
SOURCES = ["ที่ทำการปกครองอำเภอแม่สาย", "สำนักงานประชาสัมพันธ์จังหวัดเชียงราย", None]
DELETED_ID = 845


def en_date(d: dt.datetime) -> str:
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


def build() -> list[Article]:
    arts = make_articles(
        "ho_wp_astra_en", 21, start=dt.datetime(2023, 9, 5, 12, 0, tzinfo=TZ), offset=5
    )
    for i, a in enumerate(arts):
        a.id = 1011 - i * 6 - (i % 2)
        a.time_printed = False
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.path = f"/?p={a.id}"
    return arts


class WpAstraSite(BaseSite):
    key = "ho_wp_astra_en"
    family = "wordpress"
    imitates = "WordPress 6 + Astra-like theme, plain ?p= permalinks, English dates on a Thai site"
    listing_path = f"/?cat={CAT_ID}"

    def __init__(self):
        self.articles = build()
        self.by_id = {a.id: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def page_url(self, n: int) -> str:
        return f"/?cat={CAT_ID}" + (f"&paged={n}" if n > 1 else "")

    def listing_pages(self):
        return [self.page_url(n) for n in range(1, len(self.pages) + 1)]

    def deleted_paths(self):
        return [f"/?p={DELETED_ID}"]

    # ------------------------------------------------------------ frame
    def frame(self, base: str, title: str, body_class: str, main_html: str) -> str:
        recent = "".join(
            f'<li><a href="{base}/?p={a.id}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        months = sorted(
            {(a.published.year, a.published.month) for a in self.articles}, reverse=True
        )
        archives = "".join(
            f'<li><a href="{base}/?m={y}{m:02d}">{EN_MONTHS[m - 1]} {y}</a></li>' for y, m in months
        )
        return f"""<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(title)} &#8211; {SITE_NAME}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel='stylesheet' id='astra-theme-css-css' href='{base}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.4' media='all' />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body itemtype='https://schema.org/Blog' itemscope='itemscope' class="{body_class} ast-desktop ast-separate-container ast-right-sidebar astra-4.6.4">
<a class="skip-link screen-reader-text" href="#content" title="Skip to content">Skip to content</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
 <div class="main-header-bar-wrap"><div class="main-header-bar"><div class="ast-container"><div class="ast-flex main-header-container">
  <div class="site-branding"><div class="ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-title" itemprop="name"><a href="{base}/" rel="home" itemprop="url">{SITE_NAME}</a></span><p class="site-description" itemprop="description">Mae Sai District Office</p></div></div>
  <nav id="primary-site-navigation" class="site-navigation ast-flex-grow-1 navigation-accessibility" aria-label="Site Navigation" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation"><ul id="primary-menu" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex ast-justify-content-flex-end submenu-with-border">
   <li class="menu-item"><a href="{base}/" class="menu-link">Home</a></li>
   <li class="menu-item current-menu-item"><a href="{base}/?cat={CAT_ID}" class="menu-link">{CAT_NAME}</a></li>
   <li class="menu-item"><a href="{base}/?page_id=2" class="menu-link">เกี่ยวกับอำเภอ</a></li>
   <li class="menu-item"><a href="{base}/?page_id=7" class="menu-link">ติดต่อ</a></li>
  </ul></div></nav>
 </div></div></div></div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary">
<main id="main" class="site-main">
{main_html}
</main>
</div>
<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope"><div class="sidebar-main">
<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{base}/"><label><span class="screen-reader-text">Search for:</span><input type="search" class="search-field" placeholder="Search &hellip;" value="" name="s" tabindex="-1"></label><button class="search-submit">Search</button></form></aside>
<aside id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">Recent Posts</h2><nav aria-label="Recent Posts"><ul>{recent}</ul></nav></aside>
<aside id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><nav aria-label="Archives"><ul>{archives}</ul></nav></aside>
<aside id="meta-2" class="widget widget_meta"><h2 class="widget-title">Meta</h2><nav aria-label="Meta"><ul><li><a href="{base}/wp-login.php">Log in</a></li><li><a href="{base}/?feed=rss2">Entries feed</a></li><li><a href="{base}/?feed=comments-rss2">Comments feed</a></li><li><a href="https://wordpress.org/">WordPress.org</a></li></ul></nav></aside>
</div></div>
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="ast-small-footer footer-sml-layout-1"><div class="ast-footer-overlay"><div class="ast-container"><div class="ast-small-footer-wrap"><div class="ast-row ast-flex"><div class="ast-small-footer-section ast-small-footer-section-1">Copyright &copy; 2023 {SITE_NAME} | Powered by <a href="https://wpastra.com/">Astra WordPress Theme</a></div></div></div></div></div></div>
</footer>
</div>
<script src='{base}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.4' id='astra-theme-js-js'></script>
</body>
</html>"""

    # ------------------------------------------------------------ listing
    def listing(self, n: int, base: str):
        if not 1 <= n <= len(self.pages):
            return None
        posts = []
        for k, a in enumerate(self.pages[n - 1]):
            posts.append(f"""<article class="post-{a.id} post type-post status-publish format-standard hentry category-news ast-col-sm-12 ast-article-post" id="post-{a.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- ast-no-thumb blog-layout-1 ast-article-inner"><div class="post-content ast-col-md-12">
<header class="entry-header">
<h2 class="entry-title" itemprop="headline"><a href="{base}/?p={a.id}" rel="bookmark">{esc(a.title)}</a></h2>
<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished"> {en_date(a.published)}</span></span> / <span class="cat-links"><a href="{base}/?cat={CAT_ID}" rel="category">{CAT_NAME}</a></span></div>
</header>
<div class="ast-excerpt-container ast-blog-single-element"><p>{esc(a.paras[0][:180])} &hellip;</p></div>
<p class="ast-blog-single-element ast-read-more-container read-more"><a class="" href="{base}/?p={a.id}"> Read More &raquo;<span class="screen-reader-text">{esc(a.title)}</span></a></p>
</div></div></article>""")
            if n == 2 and k == 3:
                posts.append(f"""<article class="post-{DELETED_ID} post type-post status-publish hentry ast-article-post" id="post-{DELETED_ID}"><div class="post-content ast-col-md-12"><header class="entry-header">
<h2 class="entry-title" itemprop="headline"><a href="{base}/?p={DELETED_ID}" rel="bookmark">ประกาศ ปิดรับเรื่องร้องเรียนชั่วคราว</a></h2>
<div class="entry-meta"><span class="posted-on"><span class="published" itemprop="datePublished"> August 2, 2023</span></span></div></header></div></article>""")
        links = []
        if n > 1:
            links.append(
                f'<a class="prev page-numbers" href="{base}{self.page_url(n - 1)}"><span class="ast-left-arrow">&larr;</span> Previous Page</a>'
            )
        for k in range(1, len(self.pages) + 1):
            if k == n:
                links.append(f'<span aria-current="page" class="page-numbers current">{k}</span>')
            else:
                links.append(f'<a class="page-numbers" href="{base}{self.page_url(k)}">{k}</a>')
        if n < len(self.pages):
            links.append(
                f'<a class="next page-numbers" href="{base}{self.page_url(n + 1)}">Next Page <span class="ast-right-arrow">&rarr;</span></a>'
            )
        main_html = f"""<section class="ast-archive-description"><h1 class="page-title ast-archive-title">{CAT_NAME}</h1></section>
<div class="ast-row">{"".join(posts)}</div>
<div class='ast-pagination'><nav class="navigation pagination" aria-label="Posts"><h2 class="screen-reader-text">Posts navigation</h2><div class="nav-links">{"".join(links)}</div></nav></div>"""
        return self.html_response(
            self.frame(
                base, CAT_NAME, f"archive category category-news category-{CAT_ID}", main_html
            )
        )

    # ------------------------------------------------------------ single
    def related(self, a: Article) -> list[Article]:
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (3, 6, 12)]

    def single(self, a: Article | None, pid: int, base: str):
        if a is None:
            main_html = f"""<article class="post-{pid} post type-post status-publish format-standard hentry category-news ast-article-single" id="post-{pid}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- ast-no-thumb single-layout-1">
<header class="entry-header ast-no-thumbnail"><h1 class="entry-title" itemprop="headline"></h1>
<div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by admin" href="{base}/?author=1" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">admin</span></a></span></div></header>
<div class="entry-content clear" itemprop="text"></div>
</div></article>"""
            return self.html_response(
                self.frame(
                    base, "", f"post-template-default single single-post postid-{pid}", main_html
                )
            )
        mod = a.modified or a.published
        i = self.articles.index(a)
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        source = f"<p><strong>ที่มา :</strong> {esc(a.source)}</p>" if a.source else ""
        views = f"""<div class="post-views content-post post-{a.id} entry-meta load-static"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">Post Views:</span> <span class="post-views-count">{a.views:,}</span></div>"""
        share = f"""<!-- Simple Share Buttons Adder (8.4.11) simplesharebuttons.com --><div class="ssba-classic-2 ssba ssbp-wrap alignleft ssbp--theme-1"><div style="text-align:left"><span class="ssba-share-text">Share this…</span><br/><a data-site="facebook" class="ssba_facebook_share ssba_share_link" href="https://www.facebook.com/sharer.php?u={base}/?p={a.id}" target="_blank" rel="nofollow"><img src="{base}/wp-content/plugins/simple-share-buttons-adder/buttons/somacro/facebook.png" style="width: 35px;" title="Facebook" class="ssba ssba-img" alt="Share on Facebook" /><div title="Facebook" class="ssbp-text">Facebook</div></a><a data-site="line" class="ssba_line_share ssba_share_link" href="https://social-plugins.line.me/lineit/share?url={base}/?p={a.id}" target="_blank" rel="nofollow"><div title="Line" class="ssbp-text">Line</div></a><a data-site="print" class="ssba_print ssba_share_link" href="#" onclick="window.print()"><div title="Print" class="ssbp-text">Print</div></a></div></div>"""
        rel = "".join(
            f'<li><a href="{base}/?p={r.id}" rel="bookmark" title="{esc(r.title)}">{esc(r.title)}</a></li>'
            for r in self.related(a)
        )
        yarpp = f"""<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>
<!-- YARPP List -->
<h3>Related posts:</h3><ol>{rel}</ol>
</div>"""
        tags = (
            '<span class="tags-links">Tagged '
            + ", ".join(f'<a href="{base}/?tag={esc(t)}" rel="tag">{esc(t)}</a>' for t in a.tags)
            + "</span>"
            if a.tags
            else ""
        )
        prev_a = self.articles[i + 1] if i + 1 < len(self.articles) else None
        next_a = self.articles[i - 1] if i > 0 else None
        nav = '<nav class="navigation post-navigation" aria-label="Post navigation"><span class="screen-reader-text">Post navigation</span><div class="nav-links">'
        if prev_a:
            nav += f'<div class="nav-previous"><a title="{esc(prev_a.title)}" href="{base}/?p={prev_a.id}" rel="prev"><span class="ast-left-arrow">&larr;</span> Previous Post</a></div>'
        if next_a:
            nav += f'<div class="nav-next"><a title="{esc(next_a.title)}" href="{base}/?p={next_a.id}" rel="next">Next Post <span class="ast-right-arrow">&rarr;</span></a></div>'
        nav += "</div></nav>"
        main_html = f"""<article class="post-{a.id} post type-post status-publish format-standard hentry category-news ast-article-single" id="post-{a.id}" itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- ast-no-thumb single-layout-1">
<header class="entry-header ast-no-thumbnail">
<div class="ast-single-post-order">
<h1 class="entry-title" itemprop="headline">{esc(a.title)}</h1>
<div class="entry-meta">By <span class="posted-by vcard author" itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a title="View all posts by admin" href="{base}/?author=1" rel="author" class="url fn n" itemprop="url"><span class="author-name" itemprop="name">admin</span></a></span> / <span class="posted-on"><span class="published" itemprop="datePublished"> {en_date(a.published)}</span><span class="updated" itemprop="dateModified"> {en_date(mod)}</span></span> / <span class="ast-terms-link"><a href="{base}/?cat={CAT_ID}">{CAT_NAME}</a></span></div>
</div>
</header>
<div class="entry-content clear" itemprop="text">
{views}
{paras}
{source}
{share}
{yarpp}
</div>
<footer class="entry-footer"><span class="cat-links">Posted in <a href="{base}/?cat={CAT_ID}" rel="category">{CAT_NAME}</a></span> {tags}</footer>
</div>
</article>
{nav}
<div id="comments" class="comments-area comment-form-position-below"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">Leave a Comment <span class="ast-cancel-reply"><small><a rel="nofollow" id="cancel-comment-reply-link" href="/?p={a.id}#respond" style="display:none;">Cancel Reply</a></small></span></h3><p class="must-log-in">You must be <a href="{base}/wp-login.php?redirect_to={base}/?p={a.id}">logged in</a> to post a comment.</p></div></div>"""
        return self.html_response(
            self.frame(
                base,
                a.title,
                f"post-template-default single single-post postid-{a.id} single-format-standard",
                main_html,
            )
        )

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path not in ("/", "/index.php"):
            return None
        if "p" in query:
            try:
                pid = int(qs1(query, "p"))
            except ValueError:
                return None
            if pid in self.by_id:
                return self.single(self.by_id[pid], pid, base)
            if pid == DELETED_ID:
                return self.single(None, pid, base)
            return None
        if "cat" in query:
            if qs1(query, "cat") != str(CAT_ID):
                return None
            try:
                n = int(qs1(query, "paged", "1"))
            except ValueError:
                return None
            return self.listing(n, base)
        if not raw_query:
            return 302, {"Location": f"{base}/?cat={CAT_ID}"}, b""
        return None

    def expected(self):
        out = []
        recent = [x.title for x in self.articles[:5]]
        for i, a in enumerate(self.articles):
            prev_a = self.articles[i + 1] if i + 1 < len(self.articles) else None
            next_a = self.articles[i - 1] if i > 0 else None
            must_not = [
                "Post Views:",
                "Share this",
                "Related posts:",
                "Previous Post",
                "Next Post",
                "Leave a Comment",
                "logged in",
                "Recent Posts",
                "Posted in",
                "Tagged",
                "Entries feed",
                en_date(a.published),
                f"{a.views:,}",
            ]
            must_not += [r.title for r in self.related(a)] + [t for t in recent if t != a.title]
            must_not += [x.title for x in (prev_a, next_a) if x]
            rec = expected_record(a, published_time=False, must_not=must_not)
            rec["modified_at"] = (a.modified or a.published).date().isoformat()
            out.append(rec)
        return out


SITE = WpAstraSite()

if __name__ == "__main__":
    main(SITE)
