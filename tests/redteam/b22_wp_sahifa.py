"""Blind-22 red-team site: **WordPress 6 + TieLabs' Sahifa 5** (a widely used magazine theme)
with **Rank Math SEO**, WebberZone's **Top 10** view counter, **Social Warfare** share
buttons and **Related Posts for WordPress (RP4WP)**, a provincial community-development office
(สำนักงานพัฒนาชุมชนจังหวัดอุบลราชธานี), built blind.

What it imitates:
- permalinks `/%category%/%post_id%.html` (`/pr-news/4821.html`), the category archive
  `/category/pr-news/`, `…/page/2/`, `…/page/3/` with Sahifa's page-navi (`div.pagination`,
  `span.pages` "หน้า 1 จาก 3", `span.current`, `a.page`, `a.nextpostslink` "»", "สุดท้าย »");
- Sahifa's single: `div#crumbs` breadcrumb ending in the headline, `article.post-listing` >
  `div.post-inner` > `h1.name.post-title.entry-title > span[itemprop=name]`, `p.post-meta`
  (author, `span.tie-date` "15 ม.ค. 2024" — the office's date format `j M Y`: **abbreviated Thai
  month, CE year, no time visible**, category, comment count), `div.entry` with the text, a
  classic-editor `wp-caption` picture (some posts) and the editor's "ที่มา :" / "ข่าว/ภาพ :" line
  (some posts); **inside `div.entry`** the plugins' output: Social Warfare panels above and below
  the text (labels "Share" / "Tweet" / "Pin" and **share counts as numbers**, "Shares" total),
  Top 10's "**(Visited 1,234 times, 3 visits today)**" and RP4WP's "เรื่องที่เกี่ยวข้อง" list whose
  items carry **the other posts' titles and excerpts**; Sahifa's hidden `span.updated` holding
  the **publication date** `Y-m-d` (not a modification date); then `p.post-tag` "แท็ก", the
  author box, `div.post-navigation` with neighbour titles, comments with the log-in prompt;
- Rank Math's head: `article:published_time` / `article:modified_time` / `og:updated_time` for
  **every** post (ISO with +07:00) and the JSON-LD `@graph` with `datePublished` /
  `dateModified`; Sahifa's sidebar ("ข่าวล่าสุด", Top 10 "ข่าวยอดนิยม" with counts), footer,
  CookieYes bar;
- the deleted item: a post restricted by a members plugin — 200 with the headline, the meta row
  and "เนื้อหานี้สงวนไว้สำหรับสมาชิก…" plus a log-in form, no text.
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import MONTHS_ABBR, Article, esc, main
from .b21c_common import B9Site, build, neighbours, record

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดอุบลราชธานี"
HOST = "https://ubonratchathani.cdd.go.th"
CAT = "ข่าวประชาสัมพันธ์"
CAT_URL = "/category/pr-news/"
DELETED_ID = 4694
SOURCES = [
    ("ที่มา :", "กลุ่มงานส่งเสริมการพัฒนาชุมชน"),
    (None, None),
    ("ข่าว/ภาพ :", "สำนักงานพัฒนาชุมชนอำเภอวารินชำราบ"),
    ("ที่มา :", "กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน"),
    (None, None),
    ("ข่าว/ภาพ :", "สำนักงานพัฒนาชุมชนอำเภอเมืองอุบลราชธานี"),
]
TAGS = ["OTOP", "กองทุนหมู่บ้าน", "โคก หนอง นา", "สัมมาชีพชุมชน", "ผ้าไทย", "กข.คจ."]
RELATED_TEXT_LEN = 110


def jmy(d: dt.datetime) -> str:
    """WordPress 'j M Y' under the th locale: abbreviated Thai month, CE year."""
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


def c(d: dt.datetime) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


def excerpt(a: Article) -> str:
    return a.paras[0][:RELATED_TEXT_LEN] + "…"


class SahifaSite(B9Site):
    key = "b22_wp_sahifa"
    family = "wordpress"
    imitates = "WordPress 6 + Sahifa 5 with Rank Math, Top 10, Social Warfare and RP4WP: /pr-news/<id>.html, category /page/N/ with page-navi; h1.post-title span, tie-date 'j M Y' (Thai abbr month, CE, no visible time; times in Rank Math metas/JSON-LD for every post), share panels with counts, '(Visited N times, M visits today)' and related titles+excerpts inside div.entry, hidden span.updated = publication date; deleted = members-only post (200)"
    listing_path = CAT_URL
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 25, 33, dt.datetime(2024, 9, 27, 17, 0), first_id=4700, step=5
        )
        for i, a in enumerate(self.articles):
            label, src = SOURCES[i % len(SOURCES)]
            a.source = src
            a.extra["label"] = label
            a.time_printed = True
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range((i * 5) % 3)]
            a.path = f"/pr-news/{a.id}.html"
            a.extra["image"] = i % 3 == 1
            a.extra["today"] = (a.id * 3) % 9
            a.extra["shares"] = [(a.views * k) % 41 for k in (3, 5, 7)]
            a.extra["edited"] = a.modified is not None
            if a.modified is None:
                a.modified = a.published
        self.host = HOST
        self.setup_routes()

    def route(self, path, query, raw_query, base):
        # absolute URLs (canonical, og:url, feeds, pager) carry the host the page was asked on
        self.host = base
        return super().route(path, query, raw_query, base)

    def page_url(self, k):
        return CAT_URL if k == 0 else f"{CAT_URL}page/{k + 1}/"

    def deleted_paths(self):
        return [f"/pr-news/{DELETED_ID}.html"]

    def robots(self):
        return "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n\nSitemap: https://ubonratchathani.cdd.go.th/sitemap_index.xml\n"

    # ------------------------------------------------------------------ shell

    def widget(self, title, body):
        return f'<div class="widget"><div class="widget-top"><h4>{title}</h4><div class="stripe-line"></div></div><div class="widget-container">{body}</div></div><!-- .widget /-->'

    def shell(self, title, content, head_extra="", body_cls="archive category"):
        recent = "".join(
            f'<li><div class="post-thumbnail"><a href="{a.path}" rel="bookmark"><img width="110" height="75" src="/wp-content/uploads/2024/09/pr{a.id}-110x75.jpg" class="attachment-tie-small size-tie-small wp-post-image" alt="" /><span class="fa overlay-icon"></span></a></div><h3><a href="{a.path}">{esc(a.title)}</a></h3> <span class="tie-date"><i class="fa fa-clock-o"></i>{jmy(a.published)}</span></li>'
            for a in self.articles[:5]
        )
        top = "".join(
            f'<li><span class="tptn_after_thumb"><a href="{a.path}" class="tptn_link"><span class="tptn_title">{esc(a.title)}</span></a><span class="tptn_list_count">({a.views:,})</span></span></li>'
            for a in sorted(self.articles, key=lambda x: -x.views)[:5]
        )
        sidebar = (
            self.widget("ข่าวล่าสุด", f"<ul>{recent}</ul><div class='clear'></div>")
            + self.widget(
                "ข่าวยอดนิยม",
                f'<div class="tptn_posts tptn_posts_widget tptn_posts_widget-2"><ul>{top}</ul><div class="tptn_clear"></div></div>',
            )
            + self.widget(
                "ลิงก์หน่วยงาน",
                '<ul><li><a href="https://www.cdd.go.th">กรมการพัฒนาชุมชน</a></li><li><a href="https://www.ubonratchathani.go.th">จังหวัดอุบลราชธานี</a></li></ul>',
            )
        )
        return f"""<!DOCTYPE html>
<html lang="th" prefix="og: https://ogp.me/ns#">
<head>
<meta charset="UTF-8" />
<link rel="profile" href="http://gmpg.org/xfn/11" />
<link rel="pingback" href="{self.host}/xmlrpc.php" />
<title>{esc(title)}</title>
{head_extra}<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{self.host}/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.5.5' type='text/css' media='all' />
<link rel='stylesheet' id='social_warfare-css' href='/wp-content/plugins/social-warfare/assets/css/style.min.css?ver=4.4.6.3' type='text/css' media='all' />
<link rel='stylesheet' id='rp4wp-frontend-css' href='/wp-content/plugins/related-posts-for-wp/assets/css/frontend.css?ver=2.2.2' type='text/css' media='all' />
<link rel='stylesheet' id='tptn-style-left-thumbs-css' href='/wp-content/plugins/top-10/css/left-thumbs.min.css?ver=3.3.4' type='text/css' media='all' />
<link rel='stylesheet' id='cookie-law-info-css' href='/wp-content/plugins/cookie-law-info/legacy/public/css/cookie-law-info-public.css?ver=3.2.4' type='text/css' media='all' />
<link rel='stylesheet' id='tie-style-css' href='/wp-content/themes/sahifa/style.css?ver=6.5.5' type='text/css' media='all' />
<link rel='stylesheet' id='tie-ilightbox-skin-css' href='/wp-content/themes/sahifa/css/ilightbox/dark-skin/skin.css?ver=6.5.5' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="{self.host}/wp-json/" />
<meta name="generator" content="WordPress 6.5.5" />
<link rel="shortcut icon" href="/wp-content/uploads/2021/03/cdd-logo.png" title="Favicon" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
</head>
<body id="top" class="{body_cls} lazy-enabled">
<div class="wrapper-outer">
<div class="background-cover"></div>
<aside id="slide-out"><div class="search-mobile"><form method="get" id="searchform-mobile" action="{self.host}/"><button class="search-button" type="submit" value="ค้นหา"><i class="fa fa-search"></i></button><input type="text" id="s-mobile" name="s" title="ค้นหา" value="ค้นหา" /></form></div><div id="mobile-menu"></div></aside>
<div id="wrapper" class="boxed">
<div class="inner-wrapper">
<header id="theme-header" class="theme-header center-logo">
<div id="top-nav" class="top-nav"><div class="container"><span class="today-date">วันอาทิตย์, 29 กันยายน 2024</span><div class="top-menu"><ul id="menu-top" class="menu"><li><a href="/ita/">ITA</a></li><li><a href="/contact/">ติดต่อเรา</a></li></ul></div><div class="social-icons"><a class="ttip-none" title="Facebook" href="https://www.facebook.com/cdd.ubon" target="_blank"><i class="fa fa-facebook"></i></a></div></div></div>
<div class="header-content"><a id="slide-out-open" class="slide-out-open" href="#"><span></span></a>
<div class="logo"><h2><a title="{OFFICE}" href="{self.host}/"><img src="/wp-content/uploads/2021/03/header-cdd-ubon.png" alt="{OFFICE}" /><strong>{OFFICE} กรมการพัฒนาชุมชน</strong></a></h2></div><div class="clear"></div></div>
<nav id="main-nav" class="fixed-enabled"><div class="container"><div class="main-menu"><ul id="menu-main" class="menu">
<li class="menu-item"><a href="/">หน้าแรก</a></li><li class="menu-item"><a href="/about/">ข้อมูลหน่วยงาน</a></li><li class="menu-item current-menu-item"><a href="{CAT_URL}">{CAT}</a></li><li class="menu-item"><a href="/category/procurement/">จัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="/category/otop/">OTOP อุบลฯ</a></li><li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li></ul></div></div></nav>
</header><!-- #header /-->
<div id="main-content" class="container">
{content}
<aside id="sidebar">
<div class="theiaStickySidebar">
{sidebar}
</div>
</aside><!-- #sidebar /-->
<div class="clear"></div>
</div><!-- .container /-->
<footer id="theme-footer"><div id="footer-widget-area" class="footer-3c"><div id="footer-first" class="footer-widgets-box"><div class="footer-widget"><div class="footer-widget-top"><h4>ติดต่อหน่วยงาน</h4></div><div class="footer-widget-container"><div class="textwidget"><p>ศาลากลางจังหวัดอุบลราชธานี ชั้น 3 ถนนแจ้งสนิท ตำบลในเมือง อำเภอเมืองอุบลราชธานี 34000 โทร 0-4525-4528</p></div></div></div></div></div></footer>
<div class="clear"></div>
<div class="footer-bottom"><div class="container"><div class="alignright">Powered by <a href="https://wordpress.org">WordPress</a> | Designed by <a href="https://tielabs.com/">TieLabs</a></div><div class="alignleft">© Copyright 2024, All Rights Reserved</div><div class="clear"></div></div></div>
</div><!-- .inner-Wrapper -->
</div><!-- #Wrapper -->
</div><!-- .Wrapper-outer -->
<div id="topcontrol" class="fa fa-angle-up" title="เลื่อนขึ้นด้านบน"></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน <a role='button' data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button wt-cli-accept-btn">ยอมรับ</a> <a href="/privacy-policy/" id="CONSTANT_OPEN_URL" target="_blank" class="cli-plugin-main-link">นโยบายความเป็นส่วนตัว</a></span></div>
<script type="text/javascript" id="tie-scripts-js-extra">var tie = {{"mobile_menu_active":"true","mobile_menu_top":"","lightbox_all":"true","lightbox_gallery":"true","woocommerce_lightbox":"","lightbox_skin":"dark","lightbox_thumb":"vertical","lightbox_arrows":"","sticky_sidebar":"1","is_singular":"","reading_indicator":"","lang_no_results":"\\u0e44\\u0e21\\u0e48\\u0e1e\\u0e1a","lang_results_found":"Results Found"}};</script>
<script type="text/javascript" src="/wp-content/themes/sahifa/js/tie-scripts.js?ver=6.5.5" id="tie-scripts-js"></script>
<script type="text/javascript" src="/wp-content/plugins/social-warfare/assets/js/script.min.js?ver=4.4.6.3" id="social_warfare_script-js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing

    def list_item(self, a, text=None):
        text = text if text is not None else a.paras[0][:250] + " …"
        return f"""<article class="item-list">
\t<h2 class="post-box-title"><a href="{a.path}">{esc(a.title)}</a></h2>
\t<p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>{jmy(a.published)}</span>\t<span class="post-comments"><i class="fa fa-comments"></i><a href="{a.path}#respond">ยังไม่มีความเห็น</a></span></p>
\t<div class="post-thumbnail"><a href="{a.path}"><img width="310" height="165" src="/wp-content/uploads/2024/09/pr{a.id}-310x165.jpg" class="attachment-tie-medium size-tie-medium wp-post-image" alt="" /><span class="fa overlay-icon"></span></a></div>
\t<div class="entry"><p>{esc(text)}</p><a class="more-link" href="{a.path}">อ่านต่อ &raquo;</a></div>
\t<div class="clear"></div>
</article><!-- .item-list -->"""

    def pagenavi(self, k):
        n = len(self.pages)
        out = [f'<span class="pages">หน้า {k + 1} จาก {n}</span>']
        if k > 0:
            out.append(
                f'<a class="previouspostslink" rel="prev" href="{self.host}{self.page_url(k - 1)}">&laquo;</a>'
            )
        for i in range(n):
            if i == k:
                out.append(f'<span class="current">{i + 1}</span>')
            else:
                out.append(
                    f'<a href="{self.host}{self.page_url(i)}" class="page" title="{i + 1}">{i + 1}</a>'
                )
        if k < n - 1:
            out.append(
                f'<a class="nextpostslink" rel="next" href="{self.host}{self.page_url(k + 1)}">&raquo;</a>'
            )
            out.append(
                f'<a class="last" href="{self.host}{self.page_url(n - 1)}" title="สุดท้าย &raquo;">สุดท้าย &raquo;</a>'
            )
        return f'<div class="pagination">{"".join(out)}</div>'

    def listing(self, k):
        items = [self.list_item(a) for a in self.pages[k]]
        if k == 1:
            fake = Article(
                id=DELETED_ID,
                title="สรุปผลการประชุมคณะทำงานขับเคลื่อนกองทุนแม่ของแผ่นดิน (สำหรับเจ้าหน้าที่)",
                paras=["-"],
                published=self.pages[1][3].published - dt.timedelta(hours=2),
                time_printed=True,
            )
            fake.path = f"/pr-news/{DELETED_ID}.html"
            items.insert(
                4,
                self.list_item(fake, "เนื้อหานี้สงวนไว้สำหรับสมาชิกเท่านั้น กรุณาเข้าสู่ระบบเพื่ออ่านต่อ"),
            )
        content = f"""<div class="content">
<div id="crumbs"><a href="{self.host}/"><span class="fa fa-home" aria-hidden="true"></span> หน้าแรก</a><span class="delimiter">/</span><span class="current">{CAT}</span></div>
<div class="page-head"><h1 class="page-title">{CAT}</h1><a class="rss-cat-icon tooltip" title="ติดตามฟีด" href="{self.host}{CAT_URL}feed/"><i class="fa fa-rss"></i></a><div class="stripe-line"></div></div>
<div class="post-listing archive-box">
{"".join(items)}
</div>
{self.pagenavi(k)}
</div><!-- .content -->"""
        head = ""
        if k > 0:
            head += f'<link rel="prev" href="{self.host}{self.page_url(k - 1)}" />\n'
        if k < len(self.pages) - 1:
            head += f'<link rel="next" href="{self.host}{self.page_url(k + 1)}" />\n'
        title = f"{CAT} - {OFFICE}" if k == 0 else f"{CAT} - หน้า {k + 1} จาก 3 - {OFFICE}"
        return self.shell(title, content, head)

    # ------------------------------------------------------------------ single

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 4, i - 2, i + 7) if 0 <= j < len(self.articles)]

    def sw_panel(self, a, pos):
        fb, tw, pin = a.extra["shares"]
        url = f"{self.host}{a.path}"
        total = fb + tw + pin
        return f"""<div class="swp_social_panel swp_horizontal_panel swp_flat_fresh swp_default_full_color swp_other_full_color swp_individual_full_color scale-100 scale-full_width" data-min-width="1100" data-float-color="#ffffff" data-float="none" data-float-mobile="none" data-transition="slide" data-post-id="{a.id}" data-position="{pos}"><div class="nc_tweetContainer swp_share_button swp_facebook" data-network="facebook"><a class="nc_tweet swp_share_link" rel="nofollow noreferrer noopener" target="_blank" href="https://www.facebook.com/share.php?u={url}" data-link="https://www.facebook.com/share.php?u={url}"><span class="swp_count ">{fb} <span class="iconFiller"><span class="spaceManWilly"><i class="sw swp_facebook_icon"></i><span class="swp_share">Share</span></span></span></span></a></div><div class="nc_tweetContainer swp_share_button swp_twitter" data-network="twitter"><a class="nc_tweet swp_share_link" rel="nofollow noreferrer noopener" target="_blank" href="https://twitter.com/intent/tweet?url={url}" data-link="https://twitter.com/intent/tweet?url={url}"><span class="swp_count ">{tw} <span class="iconFiller"><span class="spaceManWilly"><i class="sw swp_twitter_icon"></i><span class="swp_share">Tweet</span></span></span></span></a></div><div class="nc_tweetContainer swp_share_button swp_pinterest" data-network="pinterest"><a rel="nofollow noreferrer noopener" class="nc_tweet swp_share_link noPop" href="https://pinterest.com/pin/create/button/?url={url}"><span class="swp_count ">{pin} <span class="iconFiller"><span class="spaceManWilly"><i class="sw swp_pinterest_icon"></i><span class="swp_share">Pin</span></span></span></span></a></div><div class="nc_tweetContainer swp_share_button total_shares total_sharesalt" ><span class="swp_count ">{total} <span class="swp_label">Shares</span></span></div></div>"""

    def entry(self, a):
        paras = [f"<p>&nbsp; &nbsp; &nbsp;{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            paras.insert(
                1,
                f'<div id="attachment_{a.id + 1}" style="width: 810px" class="wp-caption aligncenter"><img aria-describedby="caption-attachment-{a.id + 1}" decoding="async" class="size-large wp-image-{a.id + 1}" src="/wp-content/uploads/2024/09/pr{a.id}-1-800x533.jpg" alt="" width="800" height="533" /><p id="caption-attachment-{a.id + 1}" class="wp-caption-text">ภาพกิจกรรมโดย พัฒนาการอำเภอ</p></div>',
            )
        if a.source:
            paras.append(f"<p><strong>{a.extra['label']}</strong> {esc(a.source)}</p>")
        rel = "".join(
            f'<li class="rp4wp-col{" rp4wp-col-first" if j == 0 else ""}"><div class="rp4wp-related-post-image"><a href="{x.path}"><img width="150" height="150" src="/wp-content/uploads/2024/09/pr{x.id}-150x150.jpg" class="attachment-thumbnail size-thumbnail wp-post-image" alt="" /></a></div><div class="rp4wp-related-post-content"><a href="{x.path}">{esc(x.title)}</a><p>{esc(excerpt(x))}</p></div></li>'
            for j, x in enumerate(self.related(a))
        )
        return f"""<div class="entry">
{self.sw_panel(a, "above")}
{chr(10).join(paras)}
<div class="tptn_counter" id="tptn_counter_{a.id}">(Visited {a.views:,} times, {a.extra["today"]} visits today)</div>
{self.sw_panel(a, "below")}
<div class="swp-content-locator"></div>
<div class='rp4wp-related-posts rp4wp-related-post'>
<h3>เรื่องที่เกี่ยวข้อง</h3>
<ul class='rp4wp-posts-list'>{rel}</ul>
</div>
</div><!-- .entry /-->"""

    def jsonld(self, a):
        url = f"{self.host}{a.path}"
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": ["Person", "Organization"],
                    "@id": f"{self.host}/#person",
                    "name": OFFICE,
                },
                {
                    "@type": "WebSite",
                    "@id": f"{self.host}/#website",
                    "url": self.host,
                    "name": OFFICE,
                    "inLanguage": "th",
                },
                {
                    "@type": "WebPage",
                    "@id": f"{url}#webpage",
                    "url": url,
                    "name": f"{a.title} - {OFFICE}",
                    "datePublished": c(a.published),
                    "dateModified": c(a.modified),
                    "isPartOf": {"@id": f"{self.host}/#website"},
                    "inLanguage": "th",
                },
                {
                    "@type": "Person",
                    "@id": f"{self.host}/author/pr-ubon/",
                    "name": "pr-ubon",
                },
                {
                    "@type": "BlogPosting",
                    "headline": f"{a.title} - {OFFICE}"[:110],
                    "keywords": ", ".join(a.tags),
                    "datePublished": c(a.published),
                    "dateModified": c(a.modified),
                    "articleSection": CAT,
                    "author": {"@id": f"{self.host}/author/pr-ubon/", "name": "pr-ubon"},
                    "publisher": {"@id": f"{self.host}/#person"},
                    "description": a.paras[0][:155],
                    "name": f"{a.title} - {OFFICE}",
                    "@id": f"{url}#richSnippet",
                    "isPartOf": {"@id": f"{url}#webpage"},
                    "inLanguage": "th",
                    "mainEntityOfPage": {"@id": f"{url}#webpage"},
                },
            ],
        }
        return json.dumps(graph, ensure_ascii=False).replace("/", "\\/")

    def head(self, a):
        url = f"{self.host}{a.path}"
        tags = "".join(f'<meta property="article:tag" content="{esc(t)}" />\n' for t in a.tags)
        return f"""<!-- Search Engine Optimization by Rank Math - https://rankmath.com/ -->
<meta name="description" content="{esc(a.paras[0][:155])}"/>
<meta name="robots" content="follow, index, max-snippet:-1, max-video-preview:-1, max-image-preview:large"/>
<link rel="canonical" href="{url}" />
<meta property="og:locale" content="th_TH" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)} - {OFFICE}" />
<meta property="og:url" content="{url}" />
<meta property="og:site_name" content="{OFFICE}" />
{tags}<meta property="article:section" content="{CAT}" />
<meta property="og:updated_time" content="{c(a.modified)}" />
<meta property="article:published_time" content="{c(a.published)}" />
<meta property="article:modified_time" content="{c(a.modified)}" />
<meta name="twitter:card" content="summary_large_image" />
<meta name="twitter:label1" content="เขียนโดย" />
<meta name="twitter:data1" content="pr-ubon" />
<script type="application/ld+json" class="rank-math-schema">{self.jsonld(a)}</script>
<!-- /Rank Math WordPress SEO plugin -->
"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        tags = ""
        if a.tags:
            links = " ".join(
                f'<a href="{self.host}/tag/tag-{TAGS.index(t) + 1}/" rel="tag">{esc(t)}</a>'
                for t in a.tags
            )
            tags = f'<p class="post-tag">แท็ก {links}</p>'
        nav = '<div class="post-navigation">'
        if newer:
            nav += f'<div class="post-previous"><a href="{newer.path}" rel="next"><span>ก่อนหน้า</span> {esc(newer.title)}</a></div>'
        if older:
            nav += f'<div class="post-next"><a href="{older.path}" rel="prev"><span>ถัดไป</span> {esc(older.title)}</a></div>'
        nav += "</div><!-- .post-navigation -->"
        content = f"""<div class="content">
<div id="crumbs"><a href="{self.host}/"><span class="fa fa-home" aria-hidden="true"></span> หน้าแรก</a><span class="delimiter">/</span><a href="{self.host}{CAT_URL}">{CAT}</a><span class="delimiter">/</span><span class="current">{esc(a.title)}</span></div>
<article class="post-listing post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-pr-news" id="the-post">
<div class="post-inner">
<h1 class="name post-title entry-title"><span itemprop="name">{esc(a.title)}</span></h1>
<p class="post-meta">
<span class="post-meta-author"><i class="fa fa-user"></i><a href="{self.host}/author/pr-ubon/" title="">pr-ubon </a></span>
<span class="tie-date"><i class="fa fa-clock-o"></i>{jmy(a.published)}</span>
<span class="post-cats"><i class="fa fa-folder"></i><a href="{self.host}{CAT_URL}" rel="category tag">{CAT}</a></span>
<span class="post-comments"><i class="fa fa-comments"></i><a href="{a.path}#respond">ยังไม่มีความเห็น</a></span>
</p>
<div class="clear"></div>
{self.entry(a)}
<span style="display:none" class="updated">{a.published:%Y-%m-%d}</span>
<div style="display:none" class="vcard author" itemprop="author" itemscope itemtype="http://schema.org/Person"><strong class="fn" itemprop="name"><a href="{self.host}/author/pr-ubon/" title="เขียนโดย pr-ubon" rel="author">pr-ubon</a></strong></div>
<div class="clear"></div>
</div><!-- .post-inner -->
</article><!-- .post-listing -->
{tags}
<section id="author-box"><div class="block-head"><h3>เกี่ยวกับ pr-ubon </h3><div class="stripe-line"></div></div><div class="post-listing"><div class="author-bio"><div class="author-avatar"><img alt="" src="/wp-content/uploads/2021/03/avatar-pr.png" class="avatar avatar-90 photo" height="90" width="90" /></div><div class="author-description">งานประชาสัมพันธ์ กลุ่มงานอำนวยการ</div><div class="author-social flat-social"></div><div class="clear"></div></div></div></section><!-- #author-box -->
{nav}
<div id="comments">
<div class="clear"></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">แสดงความคิดเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="{a.path}#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3><p class="must-log-in">คุณต้อง <a href="{self.host}/wp-login.php?redirect_to={self.host}{a.path}">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</p></div><!-- #respond -->
</div><!-- #comments -->
</div><!-- .content -->"""
        return self.shell(
            f"{a.title} - {OFFICE}",
            content,
            self.head(a),
            body_cls=f"wp-singular post-template-default single single-post postid-{a.id} single-format-standard",
        )

    def deleted(self):
        published = self.pages[1][3].published - dt.timedelta(hours=2)
        title = "สรุปผลการประชุมคณะทำงานขับเคลื่อนกองทุนแม่ของแผ่นดิน (สำหรับเจ้าหน้าที่)"
        content = f"""<div class="content">
<div id="crumbs"><a href="{self.host}/"><span class="fa fa-home" aria-hidden="true"></span> หน้าแรก</a><span class="delimiter">/</span><a href="{self.host}{CAT_URL}">{CAT}</a><span class="delimiter">/</span><span class="current">{title}</span></div>
<article class="post-listing post-{DELETED_ID} post type-post status-publish hentry category-pr-news" id="the-post">
<div class="post-inner">
<h1 class="name post-title entry-title"><span itemprop="name">{title}</span></h1>
<p class="post-meta"><span class="tie-date"><i class="fa fa-clock-o"></i>{jmy(published)}</span></p>
<div class="clear"></div>
<div class="entry">
<div class="members-access-error"><p>เนื้อหานี้สงวนไว้สำหรับสมาชิกเท่านั้น หากท่านเป็นเจ้าหน้าที่ กรุณาเข้าสู่ระบบ</p>
<form name="loginform" id="loginform" action="{self.host}/wp-login.php" method="post"><p class="login-username"><label for="user_login">ชื่อผู้ใช้หรืออีเมล</label><input type="text" name="log" id="user_login" class="input" value="" size="20" /></p><p class="login-password"><label for="user_pass">รหัสผ่าน</label><input type="password" name="pwd" id="user_pass" class="input" value="" size="20" /></p><p class="login-submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary" value="เข้าสู่ระบบ" /></p></form></div>
</div>
</div>
</article>
</div><!-- .content -->"""
        return self.shell(
            f"{title} - {OFFICE}",
            content,
            f'<meta name="robots" content="noindex, follow"/>\n<meta property="article:published_time" content="{c(published)}" />\n',
            body_cls=f"wp-singular single single-post postid-{DELETED_ID}",
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            fb, tw, pin = a.extra["shares"]
            must_not = [
                "Share",
                "Tweet",
                "Shares",
                f"{fb + tw + pin} Shares",
                f"(Visited {a.views:,} times, {a.extra['today']} visits today)",
                "Visited",
                "เรื่องที่เกี่ยวข้อง",
                *[x.title for x in self.related(a)],
                *[excerpt(x)[:60] for x in self.related(a)],
                "ภาพกิจกรรมโดย พัฒนาการอำเภอ",
                "pr-ubon",
                "ยังไม่มีความเห็น",
                "เกี่ยวกับ pr-ubon",
                "งานประชาสัมพันธ์ กลุ่มงานอำนวยการ",
                *[x.title for x in (older, newer) if x],
                "แสดงความคิดเห็น",
                "เพื่อแสดงความคิดเห็น",
                "ข่าวล่าสุด",
                "ข่าวยอดนิยม",
                "ลิงก์หน่วยงาน",
                "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน",
                "© Copyright 2024, All Rights Reserved",
                "Designed by",
            ]
            out.append(record(self, a, must_not, published_time=True))
        return out


SITE = SahifaSite()

if __name__ == "__main__":
    main(SITE)
