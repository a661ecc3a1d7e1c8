"""Held-out red-team site: a provincial PR office on WordPress 6 with a tagDiv
"Newspaper"-like news theme (built blind).

What it imitates (facts about the theme's printed markup, not its code):
- permalinks are Thai post slugs, percent-encoded in every href (`/%postname%/`); the category
  listing is `/category/<thai>/` and `/category/<thai>/page/N/`, `div.page-nav` with
  `a.page` / `span.current` / `i.td-icon-menu-right` links;
- single post: `div.td-post-header` (category pills `ul.td-category`, `h1.entry-title`,
  `div.td-module-meta-info` with author "โดย", `time.entry-date.updated.td-module-date`
  whose text is the Thai-locale month with a *Christian-era* year (WordPress's own date_i18n),
  the `datetime` attribute in ISO with +07:00, comment count and `span.td-nr-views-ID`);
- a top share bar `div.td-post-sharing-top` ("แชร์", Facebook, Twitter, Line);
- `div.td-post-content.tagdiv-type` with featured image + caption, the paragraphs, an
  editor-pasted "อ่านข่าวเพิ่มเติม :" link to another post, and an empty ad slot
  `div.td-a-rec`;
- footer `div.td-post-source-tags` with "ที่มา" (theme's SOURCE field) and `ul.td-tags`
  ("TAGS"), bottom share bar, `div.td-post-next-prev`, author box, hidden schema.org metas
  (`itemprop=datePublished` / `dateModified`: the theme prints dateModified for every post);
- after the article, `div.td_block_related_posts` "เรื่องที่เกี่ยวข้อง" / "เพิ่มเติมจากผู้เขียน",
  the comment form with "คุณต้อง เข้าสู่ระบบ เพื่อแสดงความคิดเห็น", and a sidebar
  "ข่าวล่าสุด" block (`td_block_1`) with the newest titles and dates;
- Yoast SEO head: og:title (with " - site name"), article:published_time and
  article:modified_time (only for edited posts).

Judgement calls: dateModified is printed for every post, equal to datePublished when never
edited, so `modified_at` equals `published_at` there (as for Joomla in the first round).
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote, unquote

from ._common import (
    MONTHS,
    TZ,
    Article,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .ho_common import ensure_source

SITE_NAME = "สำนักงานประชาสัมพันธ์จังหวัดลำพูน"
CAT = "ข่าวประชาสัมพันธ์"
CAT_PATH = f"/category/{CAT}/"
PER_PAGE = 8
SOURCES = [
    "สำนักงานประชาสัมพันธ์จังหวัดลำพูน",
    "สวท.ลำพูน",
    None,
    "กรมประชาสัมพันธ์",
]
AUTHORS = ["admin_pr", "นักประชาสัมพันธ์ชำนาญการ", "webmaster"]


def enc(path: str) -> str:
    return quote(path, safe="/")


def slugify(title: str, i: int) -> str:
    words = [w for w in title.replace("“", "").replace("”", "").replace("'", "").split() if w]
    slug = "-".join(words[:5]).replace("/", "-").replace("?", "").replace("#", "").replace("%", "")
    slug = slug.replace("(", "").replace(")", "").replace(".", "").replace(",", "")
    return f"{slug}-{i}" if i % 3 == 0 else slug


def wp_date(d: dt.datetime) -> str:
    # date_i18n('j F Y') on a th locale: Thai month, CE year
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def build() -> list[Article]:
    arts = make_articles(
        "ho_wp_newspaper", 22, start=dt.datetime(2024, 3, 20, 16, 0, tzinfo=TZ), offset=0
    )
    for i, a in enumerate(arts):
        a.id = 4120 - i * 7
        a.time_printed = True  # the datetime attribute always carries the time
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SITE_NAME)
        a.path = f"/{slugify(a.title, i)}/"
        a.extra["author"] = AUTHORS[i % len(AUTHORS)]
        a.extra["comments"] = i % 4
    return arts


class WpNewspaperSite(BaseSite):
    key = "ho_wp_newspaper"
    family = "wordpress"
    imitates = "WordPress 6 + tagDiv Newspaper-like theme (td-post-content, Thai slugs, CE year)"
    listing_path = enc(CAT_PATH)

    def __init__(self):
        self.articles = build()
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)
        self.deleted_path = "/ข่าวยกเลิก-ประกาศรับสมัครงาน/"

    # ------------------------------------------------------------ urls
    def page_url(self, n: int) -> str:
        return enc(CAT_PATH if n == 1 else f"{CAT_PATH}page/{n}/")

    def listing_pages(self):
        return [self.page_url(n) for n in range(1, len(self.pages) + 1)]

    def deleted_paths(self):
        return [enc(self.deleted_path)]

    # ------------------------------------------------------------ pieces
    def head(self, title: str, base: str, extra: str = "") -> str:
        return f"""<!doctype html>
<html lang="th" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)} - {SITE_NAME}</title>
<meta name="robots" content="index, follow, max-image-preview:large" />
<meta property="og:locale" content="th_TH" />
<meta property="og:site_name" content="{SITE_NAME}" />
<meta property="og:title" content="{esc(title)} - {SITE_NAME}" />
{extra}
<link rel='stylesheet' id='td-theme-css' href='{base}/wp-content/themes/Newspaper/style.css?ver=12.6.1' type='text/css' media='all' />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="post-template-default single single-post td-standard-pack global-block-template-1 td-full-layout" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="td-scroll-up"><i class="td-icon-menu-up"></i></div>
<div id="td-outer-wrap" class="td-theme-wrap">
<div class="tdc-header-wrap">
 <div class="td-header-top-menu">
  <div class="td_data_time">{wp_date(self.articles[0].published)}</div>
  <ul class="top-header-menu"><li><a href="{base}/wp-login.php">เข้าสู่ระบบ</a></li><li><a href="{base}/contact/">ติดต่อเรา</a></li></ul>
 </div>
 <div class="td-header-sp-logo"><a class="td-main-logo" href="{base}/"><span class="td-visual-hidden">{SITE_NAME}</span></a></div>
 <div id="td-header-menu"><ul id="menu-main" class="sf-menu">
  <li class="menu-item"><a href="{base}/">หน้าแรก</a></li>
  <li class="menu-item current-menu-item"><a href="{base}{enc(CAT_PATH)}">{CAT}</a></li>
  <li class="menu-item"><a href="{base}{enc("/category/ภารกิจผู้ว่าฯ/")}">ภารกิจผู้ว่าฯ</a></li>
  <li class="menu-item"><a href="{base}/about/">เกี่ยวกับเรา</a></li>
 </ul></div>
</div>
"""

    def sidebar(self, base: str) -> str:
        items = "".join(
            f"""<div class="td_module_6 td_module_wrap td-animation-stack"><div class="item-details">
<h3 class="entry-title td-module-title"><a href="{base}{enc(a.path)}" rel="bookmark" title="{esc(a.title)}">{esc(a.title)}</a></h3>
<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{a.published.isoformat()}">{wp_date(a.published)}</time></span></div>
</div></div>"""
            for a in self.articles[:5]
        )
        return f"""<div class="td-pb-span4 td-main-sidebar" role="complementary"><div class="td-ss-main-sidebar">
<div class="td_block_wrap td_block_1 tdi_3 td-pb-border-top td_block_template_1">
<div class="td-block-title-wrap"><h4 class="block-title td-block-title"><span class="td-pulldown-size">ข่าวล่าสุด</span></h4></div>
<div class="td_block_inner">{items}</div></div>
<aside class="td_block_template_1 widget widget_search"><form role="search" method="get" action="{base}/"><input name="s" type="text" value="" placeholder="ค้นหา"><input type="submit" value="ค้นหา"></form></aside>
<aside class="td_block_template_1 widget widget_text"><h4 class="block-title"><span>สถิติผู้เข้าชม</span></h4><div class="textwidget"><p>ผู้เข้าชมวันนี้ : 318<br>ผู้เข้าชมทั้งหมด : 1,204,877</p></div></aside>
</div></div>"""

    def footer(self, base: str) -> str:
        return f"""<div class="td-footer-wrapper"><div class="td-footer-info">
<div class="footer-text-wrap">{SITE_NAME} ศาลากลางจังหวัดลำพูน ถนนวังขวา ตำบลในเมือง อำเภอเมืองลำพูน จังหวัดลำพูน 51000 โทร. 0-5351-1361</div></div></div>
<div class="td-sub-footer-container"><div class="td-sub-footer-copy">&copy; สงวนลิขสิทธิ์ 2567 {SITE_NAME}</div></div>
</div>
<script type='text/javascript' src='{base}/wp-content/themes/Newspaper/js/tagdiv_theme.min.js?ver=12.6.1' id='td-site-min-js'></script>
</body></html>"""

    def share(self, where: str, url: str, title: str) -> str:
        u = quote(url, safe="")
        return f"""<div class="td-post-sharing td-ps-bg td-ps-notext td-post-sharing-style1 td-post-sharing-{where}">
<div class="td-post-sharing-visible"><div class="td-social-sharing-button td-social-sharing-button-js td-social-handler td-social-share-text"><div class="td-social-but-icon"><i class="td-icon-share"></i></div><div class="td-social-but-text">แชร์</div></div>
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-facebook" href="https://www.facebook.com/sharer.php?u={u}" title="Facebook"><div class="td-social-but-icon"><i class="td-icon-facebook"></i></div><div class="td-social-but-text">Facebook</div></a>
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-twitter" href="https://twitter.com/intent/tweet?text={quote(title)}&url={u}" title="Twitter"><div class="td-social-but-icon"><i class="td-icon-twitter"></i></div><div class="td-social-but-text">Twitter</div></a>
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-line" href="https://line.me/R/msg/text/?{u}" title="Line"><div class="td-social-but-icon"><i class="td-icon-line"></i></div><div class="td-social-but-text">Line</div></a>
<a class="td-social-sharing-button td-social-sharing-button-js td-social-network td-social-print" href="#" title="Print"><div class="td-social-but-icon"><i class="td-icon-print"></i></div><div class="td-social-but-text">พิมพ์</div></a>
</div></div>"""

    # ------------------------------------------------------------ pages
    def listing(self, n: int, base: str):
        if not 1 <= n <= len(self.pages):
            return None
        mods = []
        for a in self.pages[n - 1]:
            excerpt = a.paras[0][:160] + "&hellip;"
            mods.append(f"""<div class="td_module_10 td_module_wrap td-animation-stack">
<div class="td-module-thumb"><a href="{base}{enc(a.path)}" rel="bookmark" class="td-image-wrap" title="{esc(a.title)}"><img class="entry-thumb" src="{base}/wp-content/uploads/2024/03/pr-{a.id}-218x150.jpg" alt="" width="218" height="150"></a></div>
<div class="item-details">
<h3 class="entry-title td-module-title"><a href="{base}{enc(a.path)}" rel="bookmark" title="{esc(a.title)}">{esc(a.title)}</a></h3>
<div class="td-module-meta-info"><span class="td-post-author-name"><a href="{base}/author/{quote(a.extra["author"])}/">{esc(a.extra["author"])}</a> <span>-</span> </span><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{a.published.isoformat()}">{wp_date(a.published)}</time></span><span class="td-module-comments"><a href="{base}{enc(a.path)}#respond">{a.extra["comments"]}</a></span></div>
<div class="td-excerpt">{esc(excerpt)}</div>
</div></div>""")
            if n == 2 and len(mods) == 3:
                mods.append(f"""<div class="td_module_10 td_module_wrap td-animation-stack"><div class="item-details">
<h3 class="entry-title td-module-title"><a href="{base}{enc(self.deleted_path)}" rel="bookmark">ประกาศรับสมัครงาน (ยกเลิก)</a></h3>
<div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2024-02-20T09:00:00+07:00">20 กุมภาพันธ์ 2024</time></span></div></div></div>""")
        nav = []
        if n > 1:
            nav.append(
                f'<a href="{base}{self.page_url(n - 1)}"><i class="td-icon-menu-left"></i></a>'
            )
        for k in range(1, len(self.pages) + 1):
            if k == n:
                nav.append(f'<span class="current">{k}</span>')
            else:
                nav.append(f'<a href="{base}{self.page_url(k)}" class="page" title="{k}">{k}</a>')
        if n < len(self.pages):
            nav.append(
                f'<a href="{base}{self.page_url(n + 1)}"><i class="td-icon-menu-right"></i></a>'
            )
        nav.append(f'<span class="pages">หน้า {n} จาก {len(self.pages)}</span>')
        prev_link = f'<link rel="prev" href="{base}{self.page_url(n - 1)}" />' if n > 1 else ""
        next_link = (
            f'<link rel="next" href="{base}{self.page_url(n + 1)}" />'
            if n < len(self.pages)
            else ""
        )
        title = CAT + (f" - หน้า {n} จาก {len(self.pages)}" if n > 1 else "")
        body = self.head(
            title,
            base,
            f'<meta property="og:type" content="article" />\n<link rel="canonical" href="{base}{self.page_url(n)}" />\n{prev_link}{next_link}',
        ).replace("single single-post", f"archive category category-{n}")
        body += f"""<div class="td-main-content-wrap td-container-wrap"><div class="td-container">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a href="{base}/" class="entry-crumb">หน้าแรก</a></span> <i class="td-icon-right td-bread-sep"></i> <span class="td-bred-no-url-last">{CAT}</span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content"><div class="td-ss-main-content">
<div class="td-page-header"><h1 class="entry-title td-page-title"><span>{CAT}</span></h1></div>
{"".join(mods)}
<div class="page-nav td-pb-padding-side">{"".join(nav)}<div class="clearfix"></div></div>
</div></div>{self.sidebar(base)}</div></div></div>
{self.footer(base)}"""
        return self.html_response(body)

    def related(self, a: Article) -> list[Article]:
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 5, 9)]

    def single(self, a: Article | None, base: str, path: str):
        if a is None:  # trashed post restored as an empty draft: the template with nothing in it
            title, body_html, meta, tags, source = "", "", "", "", ""
            head_extra = ""
            date_html = ""
            views = ""
            nextprev = ""
            related = ""
            pid = 3999
        else:
            pid = a.id
            title = a.title
            url = f"{base}{enc(a.path)}"
            mod = a.modified or a.published
            head_extra = (
                f'<meta property="og:type" content="article" />\n<meta property="og:url" content="{url}" />\n'
                f'<meta property="article:section" content="{CAT}" />\n'
                f'<meta property="article:published_time" content="{a.published.isoformat()}" />\n'
                + (
                    f'<meta property="article:modified_time" content="{a.modified.isoformat()}" />\n'
                    if a.modified
                    else ""
                )
                + f'<link rel="canonical" href="{url}" />\n<link rel="shortlink" href="{base}/?p={a.id}" />'
            )
            i = self.articles.index(a)
            other = self.articles[(i + 7) % len(self.articles)]
            paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
            body_html = f"""<div class="td-post-featured-image"><figure><a href="{base}/wp-content/uploads/2024/03/pr-{a.id}.jpg" data-caption="ภาพกิจกรรม"><img class="entry-thumb td-modal-image" src="{base}/wp-content/uploads/2024/03/pr-{a.id}-696x464.jpg" width="696" height="464" alt="" title="pr-{a.id}"></a><figcaption class="wp-caption-text">ภาพ : ฝ่ายข่าว {SITE_NAME}</figcaption></figure></div>
{paras}
<p><strong>อ่านข่าวเพิ่มเติม :</strong> <a href="{base}{enc(other.path)}">{esc(other.title)}</a></p>
<div class="td-a-rec td-a-rec-id-content_bottom tdi_4 td_block_template_1"></div>"""
            date_html = f'<span class="td-post-date"><time class="entry-date updated td-module-date" datetime="{a.published.isoformat()}">{wp_date(a.published)}</time></span>'
            views = f'<div class="td-post-views"><i class="td-icon-views"></i><span class="td-nr-views-{a.id}">{a.views}</span></div>'
            meta = f"""<span style="display: none;" itemprop="author" itemscope itemtype="https://schema.org/Person"><meta itemprop="name" content="{esc(a.extra["author"])}"></span><meta itemprop="datePublished" content="{a.published.isoformat()}"><meta itemprop="dateModified" content="{mod.isoformat()}"><meta itemscope itemprop="mainEntityOfPage" itemType="https://schema.org/WebPage" itemid="{url}"/><span style="display: none;" itemprop="publisher" itemscope itemtype="https://schema.org/Organization"><meta itemprop="name" content="{SITE_NAME}"></span><meta itemprop="headline" content="{esc(a.title)}">"""
            tags = (
                '<ul class="td-tags td-post-small-box clearfix"><li><span>TAGS</span></li>'
                + "".join(
                    f'<li><a href="{base}{enc("/tag/" + t + "/")}">{esc(t)}</a></li>'
                    for t in a.tags
                )
                + "</ul>"
                if a.tags
                else ""
            )
            source = (
                f'<div class="td-post-source"><span>ที่มา</span><a rel="nofollow" href="https://www.prd.go.th/" target="_blank">{esc(a.source)}</a></div>'
                if a.source
                else ""
            )
            prev_a = self.articles[i + 1] if i + 1 < len(self.articles) else None
            next_a = self.articles[i - 1] if i > 0 else None
            nextprev = '<div class="td-block-row td-post-next-prev">'
            if prev_a:
                nextprev += f'<div class="td-block-span6 td-post-prev-post"><div class="td-post-next-prev-content"><span>บทความก่อนหน้านี้</span><a href="{base}{enc(prev_a.path)}">{esc(prev_a.title)}</a></div></div>'
            if next_a:
                nextprev += f'<div class="td-block-span6 td-post-next-post"><div class="td-post-next-prev-content"><span>บทความถัดไป</span><a href="{base}{enc(next_a.path)}">{esc(next_a.title)}</a></div></div>'
            nextprev += "</div>"
            rel = "".join(
                f"""<div class="td-related-span4"><div class="td_module_related_posts td-animation-stack td_mod_related_posts"><div class="item-details"><h3 class="entry-title td-module-title"><a href="{base}{enc(r.path)}" rel="bookmark" title="{esc(r.title)}">{esc(r.title)}</a></h3></div></div></div>"""
                for r in self.related(a)
            )
            related = f"""<div class="td_block_wrap td_block_related_posts tdi_5 td_with_ajax_pagination td-pb-border-top td_block_template_1" data-td-block-uid="tdi_5">
<h4 class="td-related-title td-block-title"><a id="tdi_6" class="td-related-left td-cur-simple-item" data-td_filter_value="" data-td_block_id="tdi_5" href="#">เรื่องที่เกี่ยวข้อง</a><a id="tdi_7" class="td-related-right" data-td_filter_value="td_related_more_from_author" data-td_block_id="tdi_5" href="#">เพิ่มเติมจากผู้เขียน</a></h4>
<div id="tdi_5" class="td_block_inner"><div class="td-related-row">{rel}</div></div>
<div class="td-next-prev-wrap"><a href="#" class="td-ajax-prev-page ajax-page-disabled"><i class="td-icon-font td-icon-menu-left"></i></a><a href="#" class="td-ajax-next-page"><i class="td-icon-font td-icon-menu-right"></i></a></div></div>"""
        share_top = self.share("top", base + enc(path), title)
        share_bottom = self.share("bottom", base + enc(path), title)
        cats = f'<ul class="td-category"><li class="entry-category"><a href="{base}{enc(CAT_PATH)}">{CAT}</a></li></ul>'
        author = (
            f'<div class="td-post-author-name"><div class="td-author-by">โดย</div> <a href="{base}/author/{quote(a.extra["author"])}/">{esc(a.extra["author"])}</a><div class="td-author-line"> - </div></div>'
            if a
            else ""
        )
        comments = f'<div class="td-post-comments"><a href="#respond"><i class="td-icon-comments"></i>{a.extra["comments"] if a else 0}</a></div>'
        page = self.head(title or SITE_NAME, base, head_extra)
        page += f"""<div class="td-main-content-wrap td-container-wrap"><div class="td-container td-post-template-default">
<div class="td-crumb-container"><div class="entry-crumbs"><span><a title="" class="entry-crumb" href="{base}/">หน้าแรก</a></span> <i class="td-icon-right td-bread-sep"></i> <span><a title="ดูบทความทั้งหมดใน {CAT}" class="entry-crumb" href="{base}{enc(CAT_PATH)}">{CAT}</a></span> <i class="td-icon-right td-bread-sep td-bred-no-url-last"></i> <span class="td-bred-no-url-last">{esc(title)}</span></div></div>
<div class="td-pb-row"><div class="td-pb-span8 td-main-content" role="main"><div class="td-ss-main-content">
<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard has-post-thumbnail category-news" itemscope itemtype="https://schema.org/Article">
<div class="td-post-header">
{cats}
<header class="td-post-title">
<h1 class="entry-title">{esc(title)}</h1>
<div class="td-module-meta-info">
{author}
{date_html}
{comments}
{views}
</div>
</header>
</div>
{share_top}
<div class="td-post-content tagdiv-type">
{body_html}
</div>
<footer>
<div class="td-post-source-tags">{source}{tags}</div>
{share_bottom}
{nextprev}
<div class="author-box-wrap"><a href="#"><img alt="" src="{base}/wp-content/uploads/avatar.png" class="avatar avatar-96 photo" height="96" width="96"></a><div class="desc"><div class="td-author-name vcard author"><span class="fn"><a href="#">{esc(a.extra["author"]) if a else ""}</a></span></div><div class="td-author-description">ฝ่ายข่าวและประชาสัมพันธ์ {SITE_NAME}</div><div class="clearfix"></div></div></div>
{meta}
</footer>
</article>
{related}
<div class="comments" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">แสดงความคิดเห็น</h3><p class="must-log-in">คุณต้อง <a href="{base}/wp-login.php?redirect_to={quote(base + enc(path), safe="")}">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</p></div></div>
</div></div>{self.sidebar(base)}</div></div></div>
{self.footer(base)}"""
        return self.html_response(page)

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        p = unquote(path)
        if not p.endswith("/"):
            p += "/"
        if p == "/":
            return 301, {"Location": base + enc(CAT_PATH)}, b""
        if p == CAT_PATH:
            return self.listing(1, base)
        if p.startswith(CAT_PATH + "page/"):
            try:
                n = int(p[len(CAT_PATH + "page/") :].strip("/"))
            except ValueError:
                return None
            return self.listing(n, base)
        if p in self.by_path:
            return self.single(self.by_path[p], base, p)
        if p == self.deleted_path:
            return self.single(None, base, p)
        return None

    # ------------------------------------------------------------ expected
    def expected(self):
        out = []
        sidebar_titles = [a.title for a in self.articles[:5]]
        for i, a in enumerate(self.articles):
            prev_a = self.articles[i + 1] if i + 1 < len(self.articles) else None
            next_a = self.articles[i - 1] if i > 0 else None
            other = self.articles[(i + 7) % len(self.articles)]
            must_not = [
                "แชร์",
                "Facebook",
                "เรื่องที่เกี่ยวข้อง",
                "เพิ่มเติมจากผู้เขียน",
                "อ่านข่าวเพิ่มเติม",
                other.title,
                "เข้าสู่ระบบ",
                "ข่าวล่าสุด",
                "ผู้เข้าชมทั้งหมด",
                "บทความก่อนหน้านี้",
                "บทความถัดไป",
                "ภาพ : ฝ่ายข่าว",
                "TAGS",
                wp_date(a.published),
            ]
            must_not += [r.title for r in self.related(a)]
            must_not += [t for t in sidebar_titles if t != a.title]
            must_not += [x.title for x in (prev_a, next_a) if x]
            rec = expected_record(a, published_time=True, must_not=must_not)
            rec["url"] = a.path
            rec["modified_at"] = (a.modified or a.published).isoformat()
            out.append(rec)
        return out


SITE = WpNewspaperSite()

if __name__ == "__main__":
    main(SITE)
