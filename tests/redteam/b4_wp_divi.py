"""Blind-4 red-team site: a provincial office on WordPress 6 with the Divi theme (Elegant
Themes) and its Monarch share plugin (built blind).

What it imitates (facts about Divi's printed markup, not its code):
- `/YYYY/MM/news-N/` permalinks; a page `/news/` holding a Divi Blog module
  (`et_pb_blog_grid` of `article.et_pb_post`, `h2.entry-title`, `p.post-meta`, excerpt,
  "อ่านเพิ่มเติม"), paginated the Divi way: `/news/page/2/?et_blog`, only
  "« รายการเก่ากว่า" / "รายการใหม่กว่า »" links, no page numbers;
- single post: `#main-content #left-area article.et_pb_post`, `div.et_post_meta_wrapper`
  with `h1.entry-title` and `p.post-meta` "โดย admin | ต.ค. 3, 2018 | ข่าวประชาสัมพันธ์ |
  0 ความเห็น": Divi's default `M j, Y` date with the Thai month abbreviation, month first,
  Christian era, no time anywhere (no SEO plugin, no `<time>`); no modified date;
- `div.entry-content`: the text, an editor-typed "ที่มา : ..." line for some, then Monarch's
  inline share block ("แชร์ข่าวนี้") and Post Views Counter "Views 1,024" inside it;
- comments (`#comment-wrap`, "ส่งความเห็น"), a right `#sidebar` with "เรื่องล่าสุด" and
  "คลังเก็บ"; Divi's tags are not printed on a single post;
- the deleted item: the single template with "ไม่พบข้อมูล" and an empty `entry-content`.
"""

from __future__ import annotations

import datetime as dt

from ._common import TZ, Article, BaseSite, esc, expected_record, main, make_articles, paginate
from .b4_common import MONTHS_ABBR, ensure_source

SITE_NAME = "สำนักงานประชาสัมพันธ์จังหวัดนครพนม"
PER_PAGE = 8
SOURCES = ["สำนักงานประชาสัมพันธ์จังหวัดนครพนม", None, "กลุ่มงานประชาสัมพันธ์ จังหวัดนครพนม", None]
DELETED = "/2018/09/news-0999/"


def divi_date(d: dt.datetime) -> str:
    return f"{MONTHS_ABBR[d.month - 1]} {d.day}, {d.year}"


def build() -> list[Article]:
    arts = make_articles(
        "b4_wp_divi", 22, start=dt.datetime(2018, 11, 20, 16, 0, tzinfo=TZ), offset=3
    )
    n = len(arts)
    for i, a in enumerate(arts):
        a.id = 1400 + (n - i) * 7
        a.time_printed = False
        a.modified = None
        a.tags = []
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.path = f"/{a.published.year}/{a.published.month:02d}/news-{a.id:04d}/"
    return arts


class DiviSite(BaseSite):
    key = "b4_wp_divi"
    family = "wordpress"
    imitates = "WordPress 6 + Divi: Blog module /news/page/N/?et_blog, post-meta 'ต.ค. 3, 2018', Monarch share, Views counter"
    listing_path = "/news/"

    def __init__(self):
        self.articles = build()
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/news/"] + [f"/news/page/{k}/?et_blog" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, base, title, body_cls, main_html, head=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<link rel="pingback" href="{base}/xmlrpc.php" />
<script type="text/javascript">document.documentElement.className = 'js';</script>
<title>{esc(title)} | {SITE_NAME}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; ฟีด" href="{base}/feed/" />
<meta content="Divi v.4.24.0" name="generator"/>
<link rel='stylesheet' id='et-divi-open-sans-css' href='https://fonts.googleapis.com/css?family=Sarabun:300,400,600&#038;subset=thai' type='text/css' media='all' />
<link rel='stylesheet' id='divi-style-css' href='{base}/wp-content/themes/Divi/style.min.css?ver=4.24.0' type='text/css' media='all' />
<link rel='stylesheet' id='et_monarch-css-css' href='{base}/wp-content/plugins/monarch/css/style.css?ver=1.4.14' type='text/css' media='all' />
{head}
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="{body_cls} et_pb_button_helper_class et_fixed_nav et_show_nav et_primary_nav_dropdown_animation_fade et_header_style_left et_pb_footer_columns4 et_right_sidebar et_divi_theme et-db">
<div id="page-container">
<div id="top-header"><div class="container clearfix"><div id="et-info"><span id="et-info-phone">0 4251 1234</span><a href="mailto:pr_nakhonphanom@prd.go.th"><span id="et-info-email">pr_nakhonphanom@prd.go.th</span></a></div></div></div>
<header id="main-header" data-height-onload="66">
<div class="container clearfix et_menu_container">
<div class="logo_container"><span class="logo_helper"></span><a href="{base}/"><img src="{base}/wp-content/uploads/2018/01/logo.png" width="93" height="43" alt="{SITE_NAME}" id="logo" data-height-percentage="54" /></a></div>
<div id="et-top-navigation" data-height="66" data-fixed-height="40"><nav id="top-menu-nav"><ul id="top-menu" class="nav"><li id="menu-item-10" class="menu-item"><a href="{base}/">หน้าแรก</a></li><li id="menu-item-11" class="menu-item current-menu-item"><a href="{base}/news/">ข่าวประชาสัมพันธ์</a></li><li id="menu-item-12" class="menu-item"><a href="{base}/contact/">ติดต่อเรา</a></li></ul></nav>
<div id="et_top_search"><span id="et_search_icon"></span></div><div id="et_mobile_nav_menu"><div class="mobile_nav closed"><span class="select_page">เลือกหน้า</span><span class="mobile_menu_bar mobile_menu_bar_toggle"></span></div></div></div>
</div>
<div class="et_search_outer"><div class="container et_search_form_container"><form role="search" method="get" class="et-search-form" action="{base}/"><input type="search" class="et-search-field" placeholder="ค้นหา &hellip;" value="" name="s" title="ค้นหา:" /></form><span class="et_close_search_field"></span></div></div>
</header>
<div id="et-main-area">
{main_html}
<footer id="main-footer"><div class="container"><div class="clearfix" id="footer-widgets"><div class="footer-widget"><div id="text-2" class="fwidget et_pb_widget widget_text"><h4 class="title">ติดต่อเรา</h4><div class="textwidget"><p>{SITE_NAME} ศาลากลางจังหวัดนครพนม ถนนอภิบาลบัญชา</p></div></div></div></div></div>
<div id="footer-bottom"><div class="container clearfix"><div id="footer-info">สงวนลิขสิทธิ์ © 2561 {SITE_NAME}</div></div></div></footer>
</div>
</div>
<div class="et_social_pin_images_outer"></div>
<script type='text/javascript' src='{base}/wp-content/themes/Divi/js/scripts.min.js?ver=4.24.0' id='divi-custom-script-js'></script>
</body>
</html>
"""

    def sidebar(self, base):
        recent = "".join(
            f'<li><a href="{base}{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        return f"""<div id="sidebar">
<div id="search-2" class="et_pb_widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="{base}/"><div><label class="screen-reader-text" for="s">ค้นหาสำหรับ:</label><input type="text" value="" name="s" id="s" /><input type="submit" id="searchsubmit" value="ค้นหา" /></div></form></div>
<div id="recent-posts-2" class="et_pb_widget widget_recent_entries"><h4 class="widgettitle">เรื่องล่าสุด</h4><ul>{recent}</ul></div>
<div id="archives-2" class="et_pb_widget widget_archive"><h4 class="widgettitle">คลังเก็บ</h4><ul><li><a href="{base}/2018/11/">พฤศจิกายน 2018</a></li><li><a href="{base}/2018/10/">ตุลาคม 2018</a></li><li><a href="{base}/2018/09/">กันยายน 2018</a></li></ul></div>
</div>"""

    def meta_line(self, base, a):
        return (
            f'<p class="post-meta"> โดย <span class="author vcard"><a href="{base}/author/admin/" title="เขียนโดย admin" rel="author">admin</a></span>'
            f' | <span class="published">{divi_date(a.published)}</span>'
            f' | <a href="{base}/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a>'
            f' | <span class="comments-number"><a href="{base}{a.path}#respond">0 ความเห็น</a></span></p>'
        )

    def listing(self, base, n):
        if not 1 <= n <= len(self.pages):
            return None
        items = []
        for k, a in enumerate(self.pages[n - 1]):
            items.append(f"""<article id="post-{a.id}" class="et_pb_post clearfix et_pb_blog_item_0_{k} post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<div class="et_pb_image_container"><a href="{base}{a.path}" class="entry-featured-image-url"><img loading="lazy" src="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/{a.id}-400x250.jpg" alt="{esc(a.title)}" class="" width="400" height="250" /></a></div>
<h2 class="entry-title"><a href="{base}{a.path}">{esc(a.title)}</a></h2>
{self.meta_line(base, a)}<div class="post-content"><div class="post-content-inner"><p>{esc(a.paras[0][:180])}...</p></div><a href="{base}{a.path}" class="more-link">อ่านเพิ่มเติม</a></div>
</article>""")
            if n == 2 and k == 3:
                items.append(f"""<article id="post-999" class="et_pb_post clearfix post-999 post type-post status-publish format-standard hentry category-news">
<h2 class="entry-title"><a href="{base}{DELETED}">ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการ</a></h2>
<p class="post-meta"><span class="published">ก.ย. 28, 2018</span></p><div class="post-content"><div class="post-content-inner"><p></p></div><a href="{base}{DELETED}" class="more-link">อ่านเพิ่มเติม</a></div>
</article>""")
        nav = '<div><div class="pagination clearfix">'
        if n < len(self.pages):
            nav += f'<div class="alignleft"><a href="{base}/news/page/{n + 1}/?et_blog" >&laquo; รายการเก่ากว่า</a></div>'
        if n > 1:
            prev = f"{base}/news/?et_blog" if n == 2 else f"{base}/news/page/{n - 1}/?et_blog"
            nav += f'<div class="alignright"><a href="{prev}" >รายการใหม่กว่า &raquo;</a></div>'
        nav += "</div></div>"
        main_html = f"""<div id="main-content">
<article id="post-8" class="post-8 page type-page status-publish hentry">
<div class="entry-content">
<div class="et-l et-l--post"><div class="et_builder_inner_content et_pb_gutters3">
<div class="et_pb_section et_pb_section_0 et_section_regular"><div class="et_pb_row et_pb_row_0"><div class="et_pb_column et_pb_column_4_4 et_pb_column_0 et-last-child">
<div class="et_pb_module et_pb_text et_pb_text_0 et_pb_text_align_left et_pb_bg_layout_light"><div class="et_pb_text_inner"><h1>ข่าวประชาสัมพันธ์</h1></div></div>
<div class="et_pb_module et_pb_blog_0 et_pb_blog_grid_wrapper et_pb_bg_layout_light"><div class="et_pb_blog_grid clearfix"><div class="et_pb_ajax_pagination_container"><div class="et_pb_salvattore_content" data-columns>
{chr(10).join(items)}
</div>{nav}</div></div></div>
</div></div></div>
</div></div>
</div>
</article>
</div>"""
        return self.html_response(
            self.shell(
                base,
                "ข่าวประชาสัมพันธ์",
                "page-template-default page page-id-8 et_pb_pagebuilder_layout",
                main_html,
            )
        )

    def single(self, base, a: Article):
        text = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            text += f"\n<p><strong>ที่มา : {esc(a.source)}</strong></p>"
        share = f"""<div class="et_social_inline et_social_mobile_on et_social_inline_bottom"><div class="et_social_networks et_social_4col et_social_slide et_social_rounded et_social_left et_social_mobile_on et_social_withnetworknames et_social_outer_dark"><h3 class="et_social_title">แชร์ข่าวนี้</h3><ul class="et_social_icons_container"><li class="et_social_facebook"><a href="http://www.facebook.com/sharer.php?u={base}{a.path}" class="et_social_share" rel="nofollow" data-social_name="facebook" data-post_id="{a.id}" data-social_type="share"><i class="et_social_icon et_social_icon_facebook"></i><div class="et_social_network_label"><div class="et_social_networkname">Facebook</div></div><span class="et_social_overlay"></span></a></li><li class="et_social_twitter"><a href="http://twitter.com/share?text={esc(a.title)}&#038;url={base}{a.path}" class="et_social_share" rel="nofollow" data-social_name="twitter"><i class="et_social_icon et_social_icon_twitter"></i><div class="et_social_network_label"><div class="et_social_networkname">Twitter</div></div></a></li><li class="et_social_line"><a href="https://social-plugins.line.me/lineit/share?url={base}{a.path}" class="et_social_share" rel="nofollow"><i class="et_social_icon et_social_icon_line"></i><div class="et_social_network_label"><div class="et_social_networkname">LINE</div></div></a></li></ul></div></div>"""
        views = f'<div class="post-views content-post post-{a.id} entry-meta"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">Views </span> <span class="post-views-count">{a.views:,}</span></div>'
        main_html = f"""<div id="main-content">
<div class="container">
<div id="content-area" class="clearfix">
<div id="left-area">
<article id="post-{a.id}" class="et_pb_post post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<div class="et_post_meta_wrapper">
<h1 class="entry-title">{esc(a.title)}</h1>
{self.meta_line(base, a)}
<img src="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/{a.id}-1080x675.jpg" alt="" class="" width="1080" height="675" />
</div>
<div class="entry-content">
{text}
{share}
{views}
</div>
<div class="et_post_meta_wrapper">
<section id="comment-wrap">
<h1 id="comments" class="page_title">0 ความเห็น</h1>
<div id="comment-section" class="nocomments"></div>
<div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>ส่งความเห็น</span> <small><a rel="nofollow" id="cancel-comment-reply-link" href="{base}{a.path}#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3>
<form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span> ช่องข้อมูลจำเป็นถูกทำเครื่องหมาย <span class="required">*</span></p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" aria-required="true"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit et_pb_button" value="ส่งความเห็น" /><input type='hidden' name='comment_post_ID' value='{a.id}' id='comment_post_ID' /></p></form></div>
</section>
</div>
</article>
</div>
{self.sidebar(base)}
</div>
</div>
</div>"""
        head = f'<link rel="canonical" href="{base}{a.path}" />\n<link rel="shortlink" href="{base}/?p={a.id}" />'
        cls = f"post-template-default single single-post postid-{a.id} single-format-standard"
        return self.html_response(self.shell(base, a.title, cls, main_html, head))

    def deleted(self, base):
        main_html = f"""<div id="main-content"><div class="container"><div id="content-area" class="clearfix"><div id="left-area">
<article id="post-999" class="et_pb_post post-999 post type-post status-publish format-standard hentry">
<div class="et_post_meta_wrapper"><h1 class="entry-title">ไม่พบข้อมูล</h1></div>
<div class="entry-content"></div>
</article></div>{self.sidebar(base)}</div></div></div>"""
        return self.html_response(
            self.shell(base, "ไม่พบข้อมูล", "single single-post postid-999", main_html)
        )

    def route(self, path, query, raw_query, base):
        if path in ("/", ""):
            return 302, {"Location": base + "/news/"}, b""
        if path == "/news/":
            return self.listing(base, 1)
        if path.startswith("/news/page/"):
            try:
                n = int(path[len("/news/page/") :].strip("/"))
            except ValueError:
                return None
            return self.listing(base, n)
        p = path if path.endswith("/") else path + "/"
        if p in self.by_path:
            return self.single(base, self.by_path[p])
        if p == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "แชร์ข่าวนี้",
                "Views",
                f"{a.views:,}",
                "0 ความเห็น",
                "ส่งความเห็น",
                divi_date(a.published),
                "เรื่องล่าสุด",
                "คลังเก็บ",
                "อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น",
                "ยกเลิกการตอบ",
            ]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = DiviSite()

if __name__ == "__main__":
    main(SITE)
