"""Blind-16 red-team site: WordPress 6 + the "The7" theme (Dream-Theme) of a provincial
agriculture office (สำนักงานเกษตรจังหวัด), built blind.

What it imitates:
- The7's `#page` / `#main` / `.wf-wrap` / `.wf-container-main` shell, the `.page-title`
  band that carries the headline (`h1.entry-title`) and the breadcrumbs *above* the article,
  while the `article.post` itself starts with the meta line;
- the Thai WordPress locale's `j F Y` date, which prints the **Gregorian year**
  ("15 กุมภาพันธ์ 2024"), with the time only in `<time datetime>` (the attribute) and in
  Yoast's JSON-LD; `article:modified_time` and `dateModified` only for edited posts;
- WP-PostViews "เปิดอ่าน 1,234 ครั้ง" in the meta line; **plain permalinks** (never switched
  on): posts `/?p=123`, the category `/?cat=5`, its pages `/?cat=5&paged=N`, tags
  `/?tag=...`, every internal link a query on the root;
- inside `.entry-content`: a Jetpack-like "แชร์:" bar at the top and the last paragraph
  "ข่าว/ภาพ : <office>" (the source); after it The7's `.single-share-box`, `.entry-tags`,
  `nav.post-navigation` with neighbour titles, "ข่าวที่เกี่ยวข้อง" related posts and a comment
  form; a "ข่าวล่าสุด" widget and a visitor counter in the sidebar; a cookie banner;
- the deleted item: a members-only post that answers 200 with "เนื้อหานี้สงวนไว้สำหรับสมาชิก".
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import MONTHS, esc, main
from .b16_common import B9Site, build, commas, neighbours, record

OFFICE = "สำนักงานเกษตรจังหวัดสุพรรณบุรี"
SOURCES = [
    "กลุ่มยุทธศาสตร์และสารสนเทศ สนง.เกษตรจังหวัดสุพรรณบุรี",
    "ฝ่ายบริหารทั่วไป สนง.เกษตรจังหวัดสุพรรณบุรี",
    None,
    "สำนักงานเกษตรอำเภอเมืองสุพรรณบุรี",
]
DELETED = "/?p=9031"
TAGS = ["เกษตรกร", "ข้าว", "ประชาสัมพันธ์", "แปลงใหญ่", "ศพก."]


def wp_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class The7Site(B9Site):
    key = "b16_wp_the7"
    family = "wordpress"
    imitates = "WordPress 6 + The7: headline and breadcrumbs in the .page-title band above the article, Thai locale 'j F Y' with the Gregorian year ('15 กุมภาพันธ์ 2024'), the time only in <time datetime> and Yoast JSON-LD, modified only for edited posts (meta + JSON-LD), 'เปิดอ่าน 1,234 ครั้ง', plain permalinks /?p=ID and /?cat=5&paged=N, share bar and 'ข่าว/ภาพ :' last line inside .entry-content, tags, post-navigation, related posts, comment form; deleted = members-only notice (200)"
    listing_path = "/?cat=5"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 23, 3, SOURCES, dt.datetime(2024, 9, 20, 15, 0), first_id=9000, step=3
        )
        for i, a in enumerate(self.articles):
            a.time_printed = True  # the datetime attribute always carries it
            a.path = f"/?p={a.id}"
            a.tags = [TAGS[i % 5], TAGS[(i + 2) % 5]] if i % 3 else []
        self.setup_routes()

    def page_url(self, k):
        return "/?cat=5" if k == 0 else f"/?cat=5&paged={k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, content, head=""):
        latest = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<!--[if !(IE 6) | !(IE 7) | !(IE 8)  ]><!-->
<html lang="th" class="no-js">
<!--<![endif]-->
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0">
<title>{esc(title)} - {OFFICE}</title>
{head}
<link rel='stylesheet' id='dt-main-css' href='/wp-content/themes/dt-the7/css/main.min.css?ver=11.9.3' media='all' />
<link rel='stylesheet' id='the7-font-css' href='/wp-content/themes/dt-the7/fonts/icomoon-the7-font/icomoon-the7-font.min.css?ver=11.9.3' media='all' />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="post-template-default single single-post single-format-standard wp-embed-responsive dt-responsive-on right-mobile-menu-close-icon ouside-menu-close-icon mobile-hamburger-close-bg-enable fade-medium-mobile-menu-close-icon srcset-enabled btn-flat custom-btn-color phantom-sticky phantom-shadow-decoration phantom-main-logo-on floating-mobile-menu-icon top-header first-switch-logo-left first-switch-menu-right second-switch-logo-left second-switch-menu-right layzr-loading-on popup-message-style the7-ver-11.9.3">
<div id="page" >
<a class="skip-link screen-reader-text" href="#content">Skip to content</a>
<div class="masthead inline-header center widgets full-height shadow-decoration shadow-mobile-header-decoration small-mobile-menu-icon dt-parent-menu-clickable show-sub-menu-on-hover" role="banner">
<div class="top-bar top-bar-line-hide"><div class="top-bar-bg"></div><div class="left-widgets mini-widgets"><span class="mini-contacts phone show-on-desktop">035-535-224</span><span class="mini-contacts email show-on-desktop">suphanburi@doae.go.th</span></div><div class="right-widgets mini-widgets"><div class="text-area show-on-desktop"><p>ขนาดตัวอักษร <a href="#" class="fs-small">ก</a> <a href="#" class="fs-normal">ก</a> <a href="#" class="fs-large">ก</a></p></div></div></div>
<header class="header-bar"><div class="branding"><div id="site-title" class="assistive-text">{OFFICE}</div><div id="site-description" class="assistive-text">กรมส่งเสริมการเกษตร</div><a class="same-logo" href="/"><img class=" preload-me" src="/wp-content/uploads/2023/01/logo-doae.png" width="260" height="70" alt="{OFFICE}" /></a></div>
<ul id="primary-menu" class="main-nav underline-decoration l-to-r-line outside-item-remove-margin"><li class="menu-item first depth-0"><a href='/' data-level='1'><span class="menu-item-text"><span class="menu-text">หน้าแรก</span></span></a></li><li class="menu-item act depth-0"><a href='/?cat=5' data-level='1'><span class="menu-item-text"><span class="menu-text">ข่าวประชาสัมพันธ์</span></span></a></li><li class="menu-item depth-0"><a href='/ita/' data-level='1'><span class="menu-item-text"><span class="menu-text">ITA</span></span></a></li><li class="menu-item last depth-0"><a href='/contact/' data-level='1'><span class="menu-item-text"><span class="menu-text">ติดต่อเรา</span></span></a></li></ul>
</header></div>
<div class='dt-close-mobile-menu-icon'><div class="close-line-wrap"><span class="close-line"></span><span class="close-line"></span><span class="close-line"></span></div></div>
{content}
<footer id="footer" class="footer solid-bg"><div class="wf-wrap"><div class="wf-container-footer"><div class="wf-container"><section id="text-3" class="widget widget_text wf-cell wf-1-3"><div class="widget-title">ติดต่อเรา</div><div class="textwidget"><p>{OFFICE} ศาลากลางจังหวัดสุพรรณบุรี ถนนสุพรรณบุรี-ชัยนาท ตำบลท่าระหัด อำเภอเมือง จังหวัดสุพรรณบุรี 72000</p></div></section></div></div></div>
<div id="bottom-bar" class="solid-bg logo-left" role="contentinfo"><div class="wf-wrap"><div class="wf-container-bottom"><div class="wf-float-left">&copy; 2024 {OFFICE} &mdash; Dream-Theme &mdash; truly <a href="https://dream-theme.com" target="_blank">premium WordPress themes</a></div></div></div></div>
</footer>
<a href="#" class="scroll-top"><span class="screen-reader-text">Go to Top</span></a>
</div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน <a role='button' class="cli_settings_button">ตั้งค่า</a> <a role='button' id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button cookie_action_close_header cli_action_button">ยอมรับทั้งหมด</a></span></div>
<script src="/wp-content/themes/dt-the7/js/main.min.js?ver=11.9.3" id="dt-main-js"></script>
</body>
</html>
""".replace(
            "{SIDEBAR}",
            f"""<aside id="sidebar" class="sidebar"><div class="sidebar-content widget-divider-off"><section id="recent-posts-2" class="widget widget_recent_entries"><div class="widget-title">ข่าวล่าสุด</div><ul>{latest}</ul></section><section id="counter-2" class="widget widget_wpstatistics_widget"><div class="widget-title">สถิติผู้เข้าชม</div><ul><li><label>ผู้ใช้งานออนไลน์:</label> 7</li><li><label>เข้าชมวันนี้:</label> 312</li><li><label>เข้าชมทั้งหมด:</label> 1,284,551</li></ul></section></div></aside>""",
        )

    def band(self, h1, crumbs):
        return f"""<div class="page-title title-left solid-bg breadcrumbs-mobile-off page-title-responsive-enabled"><div class="wf-wrap"><div class="page-title-head hgroup"><h1 class="entry-title">{esc(h1)}</h1></div><div class="page-title-breadcrumbs"><div class="assistive-text">คุณอยู่ที่:</div><ol class="breadcrumbs text-small" itemscope itemtype="https://schema.org/BreadcrumbList"><li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/" title="หน้าแรก"><span itemprop="name">หน้าแรก</span></a><meta itemprop="position" content="1" /></li>{crumbs}</ol></div></div></div>"""

    def listing(self, k):
        items = []
        arts = list(self.pages[k])
        for j, a in enumerate(arts):
            items.append(self.item(a.path, a.title, a.published, a.paras[0][:160]))
            if k == 1 and j == 2:
                items.append(
                    self.item(
                        DELETED,
                        "ประชุมชี้แจงแนวทางการขับเคลื่อนงานส่งเสริมการเกษตร (เฉพาะสมาชิก)",
                        dt.datetime(2024, 5, 20, 9, 0),
                        "สำหรับเจ้าหน้าที่",
                    )
                )
        n = len(self.pages)
        pag = []
        if k:
            pag.append(
                f'<a href="{self.page_url(k - 1)}" class="nav-prev filter-item" data-page-num="{k}"><i class="dt-icon-the7-arrow-0-42" aria-hidden="true"></i></a>'
            )
        for i in range(n):
            pag.append(
                f'<a href="{self.page_url(i)}" class="page-numbers {"act" if i == k else ""}" data-page-num="{i + 1}">{i + 1}</a>'
            )
        if k < n - 1:
            pag.append(
                f'<a href="{self.page_url(k + 1)}" class="page-numbers nav-next filter-item" data-page-num="{k + 2}"><i class="dt-icon-the7-arrow-0-41" aria-hidden="true"></i></a>'
            )
        content = (
            self.band("ข่าวประชาสัมพันธ์", '<li class="current">ข่าวประชาสัมพันธ์</li>')
            + f"""
<div id="main" class="sidebar-right sidebar-divider-off"><div class="main-gradient"></div><div class="wf-wrap"><div class="wf-container-main">
<div id="content" class="content" role="main"><div class="articles-list blog-shortcode mode-list classic-layout-list dividers-on loading-effect-fade-in">{"".join(items)}</div>
<div class="paginator" role="navigation">{"".join(pag)}</div></div>
{{SIDEBAR}}
</div></div></div>"""
        )
        return self.shell("ข่าวประชาสัมพันธ์", content)

    def item(self, path, title, d, teaser):
        return f"""<article class="post project-odd visible type-post status-publish format-standard has-post-thumbnail category-news"><div class="blog-media wf-td"><p><a href="{path}" class="alignleft rollover layzr-bg"><img class="preload-me lazy-load" src="data:image/svg+xml,%3Csvg%20xmlns%3D&#39;http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg&#39;%2F%3E" alt="" /></a></p></div><div class="blog-content wf-td"><h3 class="entry-title"><a href="{path}" title="{esc(title)}" rel="bookmark">{esc(title)}</a></h3><div class="entry-meta"><a href="{path}" title="{d:%H:%M}" class="data-link" rel="bookmark"><time class="entry-date updated" datetime="{d.isoformat()}">{wp_date(d)}</time></a></div><p>{esc(teaser)}…</p><a href="{path}" class="details more-link" aria-label="Read more about {esc(title)}">อ่านต่อ</a></div></article>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        ld_graph = {
            "@type": "NewsArticle",
            "headline": a.title,
            "datePublished": a.published.isoformat(),
            "author": {"name": "admin"},
            "publisher": {"name": OFFICE},
        }
        if a.modified:
            ld_graph["dateModified"] = a.modified.isoformat()
        ld = json.dumps(
            {"@context": "https://schema.org", "@graph": [ld_graph]}, ensure_ascii=False
        )
        head = f'<meta property="og:title" content="{esc(a.title)}" />\n<meta property="article:published_time" content="{a.published.isoformat()}" />\n'
        if a.modified:
            head += (
                f'<meta property="article:modified_time" content="{a.modified.isoformat()}" />\n'
            )
        head += f'<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>'
        paras = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        src = f"<p><strong>ข่าว/ภาพ :</strong> {esc(a.source)}</p>\n" if a.source else ""
        tags = (
            (
                '<div class="entry-tags">แท็ก:&nbsp;'
                + "".join(f'<a href="/?tag={esc(t)}" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</div>"
            )
            if a.tags
            else ""
        )
        related = [x for x in self.articles if x is not a][a.id % 7 : a.id % 7 + 3]
        rel = "".join(
            f'<article class="related-item"><div class="mini-post-img"><a class="alignleft post-rollover layzr-bg" href="{x.path}" aria-label="Post image"></a></div><div class="post-content"><a href="{x.path}">{esc(x.title)}</a><br /><time class="text-secondary" datetime="{x.published.isoformat()}">{wp_date(x.published)}</time></div></article>'
            for x in related
        )
        nav = '<nav class="navigation post-navigation" role="navigation"><h2 class="screen-reader-text">Post navigation</h2><div class="nav-links">'
        if older:
            nav += f'<a class="nav-previous" href="{older.path}" rel="prev"><i class="icomoon-the7-font-the7-arrow-29-3" aria-hidden="true"></i><span class="meta-nav" aria-hidden="true">ก่อนหน้า</span><span class="screen-reader-text">Previous post:</span><span class="post-title h4-size">{esc(older.title)}</span></a>'
        if newer:
            nav += f'<a class="nav-next" href="{newer.path}" rel="next"><i class="icomoon-the7-font-the7-arrow-29-2" aria-hidden="true"></i><span class="meta-nav" aria-hidden="true">ถัดไป</span><span class="screen-reader-text">Next post:</span><span class="post-title h4-size">{esc(newer.title)}</span></a>'
        nav += '<a class="back-to-list" href="/?cat=5"><i class="icomoon-the7-font-the7-fullscreen-021" aria-hidden="true"></i></a></div></nav>'
        content = (
            self.band(
                a.title,
                f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" href="/?cat=5" title="ข่าวประชาสัมพันธ์"><span itemprop="name">ข่าวประชาสัมพันธ์</span></a><meta itemprop="position" content="2" /></li><li class="current" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><span itemprop="name">{esc(a.title[:40])}…</span><meta itemprop="position" content="3" /></li>',
            )
            + f"""
<div id="main" class="sidebar-right sidebar-divider-off"><div class="main-gradient"></div><div class="wf-wrap"><div class="wf-container-main">
<div id="content" class="content" role="main">
<article id="post-{a.id}" class="single-postlike post-{a.id} post type-post status-publish format-standard has-post-thumbnail category-news description-off">
<div class="post-thumbnail"><img class="preload-me lazy-load aspect" src="/wp-content/uploads/{a.published:%Y/%m}/IMG_{a.id}-1024x683.jpg" width="1024" height="683" title="IMG_{a.id}" alt="" /></div>
<div class="entry-meta"><span class="category-link"><a href="/?cat=5">ข่าวประชาสัมพันธ์</a></span><a class="author vcard" href="/author/admin/" title="View all posts by admin" rel="author">By <span class="fn">admin</span></a><a href="{a.path}" title="{a.published:%H:%M}" class="data-link" rel="bookmark"><time class="entry-date updated" datetime="{a.published.isoformat()}">{wp_date(a.published)}</time></a><span class="post-views">เปิดอ่าน {commas(a.views)} ครั้ง</span></div>
<div class="entry-content">
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3 class="sd-title">แชร์:</h3><div class="sd-content"><ul><li class="share-facebook"><a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon" href="{a.path}&amp;share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-line"><a class="sd-button" href="https://social-plugins.line.me/lineit/share?url={a.path}"><span>LINE</span></a></li><li class="share-print"><a rel="nofollow" class="share-print sd-button share-icon" href="{a.path}#print"><span>พิมพ์</span></a></li></ul></div></div></div>
{paras}{src}</div>
<div class="single-share-box"><div class="share-link-description"><span class="share-link-icon"><svg version="1.1" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16"><path d="M11 2.5a2.5 2.5 0 1 1 .603 1.628l-6.718 3.12"/></svg>แบ่งปันโพสต์นี้</span></div><div class="share-buttons"><a class="facebook" href="https://www.facebook.com/sharer.php?u={a.path}" title="Facebook" target="_blank"><span class="soc-font-icon"></span><span class="social-text">Share on Facebook</span></a><a class="twitter" href="https://twitter.com/share?url={a.path}" title="X" target="_blank"><span class="social-text">Share on X</span></a></div></div>
{tags}
{nav}
<div class="single-related-posts"><h3>ข่าวที่เกี่ยวข้อง</h3><section class="items-grid">{rel}</section></div>
</article>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น <small><a rel="nofollow" id="cancel-comment-reply-link" href="#respond" style="display:none;">ยกเลิกการตอบ</a></small></h3><form action="/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-notes"><span id="email-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</span></p><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" placeholder="ความเห็น"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="แสดงความเห็น" /></p></form></div></div>
</div>
{{SIDEBAR}}
</div></div></div>"""
        )
        return self.shell(a.title, content, head)

    def deleted(self):
        content = (
            self.band(
                "ประชุมชี้แจงแนวทางการขับเคลื่อนงานส่งเสริมการเกษตร (เฉพาะสมาชิก)",
                '<li class="current">ข่าวประชาสัมพันธ์</li>',
            )
            + """
<div id="main" class="sidebar-right"><div class="wf-wrap"><div class="wf-container-main"><div id="content" class="content" role="main">
<article class="post type-post status-publish"><div class="entry-content"><div class="swpm-post-not-logged-in-msg">เนื้อหานี้สงวนไว้สำหรับสมาชิก กรุณา <a href="/membership-login/">เข้าสู่ระบบ</a> เพื่ออ่านเนื้อหา</div></div></article>
</div>{SIDEBAR}</div></div></div>"""
        )
        return self.shell("ประชุมชี้แจงแนวทางการขับเคลื่อนงานส่งเสริมการเกษตร (เฉพาะสมาชิก)", content)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            related = [x for x in self.articles if x is not a][a.id % 7 : a.id % 7 + 3]
            must_not = [
                "แชร์:",
                "แบ่งปันโพสต์นี้",
                "Share on Facebook",
                "เปิดอ่าน",
                "ข่าว/ภาพ :",
                "ใส่ความเห็น",
                "แสดงความเห็น",
                "ข่าวที่เกี่ยวข้อง",
                "สถิติผู้เข้าชม",
                "ยอมรับทั้งหมด",
                "ขนาดตัวอักษร",
                older.title if older else "",
                newer.title if newer else "",
            ] + [x.title for x in related]
            out.append(record(self, a, must_not))
        return out


SITE = The7Site()

if __name__ == "__main__":
    main(SITE)
