"""Blind-35 red-team site (part A): **WordPress 6.4 + Twenty Twenty-Two** (block theme, full-site
editing templates) run by a provincial agriculture office (สำนักงานเกษตรจังหวัดลำปาง), Thai
locale, with Social Warfare, Post Views Counter, YARPP and Restrict Content, built blind.

What it imitates:
- WordPress fingerprints: `generator` "WordPress 6.4.3", `/wp-content/themes/twentytwentytwo/`,
  `/wp-includes/`, `/wp-json/`, `xmlrpc.php?rsd`, `/feed/`, `wp-site-blocks`, block classes
  (`wp-block-template-part`, `wp-block-group`, `wp-block-post-title`, `wp-block-post-date`,
  `wp-block-post-content`, `wp-block-post-terms`, `wp-block-post-navigation-link`);
- single: `h1.wp-block-post-title`, `div.wp-block-post-date > time[datetime]` ("5 มีนาคม 2024",
  CE year, no visible time), and a second post-date block in *modified* display
  (`wp-block-post-date__modified-date`), which core prints only when the modified day is later
  than the publish day; Social Warfare panel (with share counts) above and below the text inside
  `entry-content`; Post Views Counter "จำนวนการดู: 1,234" inside `entry-content`; YARPP
  "เรื่องที่เกี่ยวข้อง:" list inside `entry-content`; typed "ที่มา : ..." paragraph (some);
  image block (some); file block (some); category and tag term blocks; previous/next post
  links with titles; comments block with login prompt; footer;
- listing: a page `/news/` with a Query Loop block that does **not** inherit the main query, so
  it pages with `?query-3-page=N` (the Query Pagination block), numbers with dots;
Deleted: `/2024/02/restricted-2231/`, a Restrict Content members-only post (title and the
login form, no text) answering 200.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานเกษตรจังหวัดลำปาง"
HOST = "https://www.lampang.doae.go.th"
T = "/wp-content/themes/twentytwentytwo"
PER_PAGE = 8
SOURCES = [None, "กลุ่มส่งเสริมและพัฒนาการผลิต", None, "ฝ่ายบริหารทั่วไป", "กลุ่มยุทธศาสตร์และสารสนเทศ"]
DELETED = "/2024/02/restricted-2231/"
COOKIE = "เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์"
QP = "query-3-page"


def wpdate(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def shares(a) -> int:
    return (a.views * 7) % 311 + 4


class TT22Site(BaseSite):
    key = "b35_wp_tt22_swarfare"
    family = "wordpress"
    imitates = "WordPress 6.4 + Twenty Twenty-Two block theme, Thai provincial agriculture office, Social Warfare + Post Views Counter + YARPP + Restrict Content: /%year%/%monthnum%/%postname%/ Thai slugs; h1.wp-block-post-title; wp-block-post-date time[datetime] 'j F Y' CE (time only in the attribute); modified-date block only when edited on a later day; share panel with counts, 'จำนวนการดู: N', YARPP related, typed 'ที่มา :' inside entry-content; term blocks; post navigation with titles; comments login prompt; Query Loop page /news/ paged by ?query-3-page=N; deleted = members-only post (200)"
    listing_path = "/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 4, 10, 17, 0, tzinfo=TZ), offset=733
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        pid = 2260
        for i, a in enumerate(arts):
            a.id = pid
            pid -= 2 + i % 3
            a.time_printed = True
            a.source = SOURCES[i % len(SOURCES)]
            slug = quote(re.sub(r"[\s.,:;()\"'/?#&%“”]+", "-", a.title[:36]).strip("-"))
            a.path = f"/{a.published:%Y/%m}/{slug}/"
            a.extra["image"] = i % 4 == 2
            a.extra["file"] = i % 6 == 4
            # the modified-date block prints only when the modified day is later
            if a.modified and a.modified.date() <= a.published.date():
                a.extra["mod_printed"] = False
            else:
                a.extra["mod_printed"] = a.modified is not None
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}
        self.by_path_dec = {}

    def listing_pages(self):
        return [self.listing_path] + [
            f"{self.listing_path}?{QP}={k}" for k in range(2, len(self.pages) + 1)
        ]

    def deleted_paths(self):
        return [DELETED]

    def shell(self, title, main_html, body_class, head_extra=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
	<meta charset="UTF-8" />
	<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name='robots' content='max-image-preview:large' />
<title>{esc(title)}</title>
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{HOST}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีดความเห็น" href="{HOST}/comments/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='social_warfare-css' href='/wp-content/plugins/social-warfare/assets/css/style.min.css?ver=4.4.5' media='all' />
<link rel='stylesheet' id='post-views-counter-frontend-css' href='/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.4.4' media='all' />
<link rel='stylesheet' id='yarppRelatedCss-css' href='/wp-content/plugins/yet-another-related-posts-plugin/style/related.css?ver=5.30.9' media='all' />
<link rel='stylesheet' id='twentytwentytwo-style-css' href='{T}/style.css?ver=1.6' media='all' />
<link rel="https://api.w.org/" href="{HOST}/wp-json/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.3" />
{head_extra}</head>
<body class="{body_class} wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div class="wp-block-group alignfull is-layout-flow"><div class="wp-block-group alignwide is-content-justification-space-between is-layout-flex" style="padding-top:var(--wp--custom--spacing--small, 1.25rem);padding-bottom:4rem">
<div class="wp-block-group is-layout-flex"><div class="wp-block-site-logo"><a href="{HOST}/" class="custom-logo-link" rel="home"><img width="64" height="64" src="/wp-content/uploads/2023/05/doae-logo.png" class="custom-logo" alt="{OFFICE}" /></a></div><p class="wp-block-site-title"><a href="{HOST}" target="_self" rel="home">{OFFICE}</a></p></div>
<nav class="is-responsive items-justified-right wp-block-navigation is-content-justification-right is-layout-flex" aria-label="เมนูหลัก"><button aria-haspopup="true" aria-label="เปิดเมนู" class="wp-block-navigation__responsive-container-open" data-micromodal-trigger="modal-1"></button><div class="wp-block-navigation__responsive-container" id="modal-1"><ul class="wp-block-navigation__container"><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{HOST}/"><span class="wp-block-navigation-item__label">หน้าแรก</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{HOST}/about/"><span class="wp-block-navigation-item__label">เกี่ยวกับเรา</span></a></li><li class="wp-block-navigation-item current-menu-item"><a class="wp-block-navigation-item__content" href="{HOST}/news/"><span class="wp-block-navigation-item__label">ข่าวประชาสัมพันธ์</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{HOST}/ita/"><span class="wp-block-navigation-item__label">ITA</span></a></li><li class="wp-block-navigation-item"><a class="wp-block-navigation-item__content" href="{HOST}/contact/"><span class="wp-block-navigation-item__label">ติดต่อเรา</span></a></li></ul></div></nav>
</div></div></header>
{main_html}
<footer class="wp-block-template-part"><div class="wp-block-group alignwide is-layout-flow" style="padding-top:4rem;padding-bottom:4rem"><div class="wp-block-columns is-layout-flex"><div class="wp-block-column"><h2 class="wp-block-heading">ติดต่อ</h2><p>{OFFICE} ศาลากลางจังหวัดลำปาง ถนนบุญวาทย์ อำเภอเมืองลำปาง จังหวัดลำปาง 52000 โทร. 0-5426-5064</p></div><div class="wp-block-column"><h2 class="wp-block-heading">ลิงก์หน่วยงาน</h2><ul><li><a href="https://www.doae.go.th">กรมส่งเสริมการเกษตร</a></li><li><a href="https://www.moac.go.th">กระทรวงเกษตรและสหกรณ์</a></li></ul></div></div>
<div class="wp-block-group is-content-justification-space-between is-layout-flex"><p class="wp-block-site-title"><a href="{HOST}">{OFFICE}</a></p><p class="has-text-align-right">ขับเคลื่อนโดย <a href="https://wordpress.org" rel="nofollow">WordPress</a></p></div></div></footer></div>
<div id="cookie-law-info-bar" data-nosnippet="true"><span>{COOKIE} <a role="button" id="cookie_action_close_header" class="cli_action_button">ยอมรับ</a> <a href="{HOST}/privacy-policy/" id="CONSTANT_OPEN_URL" target="_blank" class="cli-plugin-main-link">นโยบายความเป็นส่วนตัว</a></span></div>
<script src="/wp-content/plugins/social-warfare/assets/js/script.min.js?ver=4.4.5" id="social_warfare_script-js"></script>
<script src="/wp-includes/blocks/navigation/view.min.js?ver=6.4.3" id="wp-block-navigation-view-js"></script>
</body>
</html>
"""

    def swp(self, a, where):
        url = HOST + a.path
        n = shares(a)
        return f"""<div class="swp_social_panel swp_horizontal_panel swp_flat_fresh swp_default_full_color swp_individual_full_color swp_other_full_color scale-100 scale-full_width" data-min-width="1100" data-float-color="#ffffff" data-float="none" data-float-mobile="none" data-transition="slide" data-post-id="{a.id}" data-panel-position="{where}"><div class="nc_tweetContainer swp_share_button swp_facebook" data-network="facebook"><a class="nc_tweet swp_share_link" rel="nofollow noreferrer noopener" target="_blank" href="https://www.facebook.com/share.php?u={url}" data-link="https://www.facebook.com/share.php?u={url}"><span class="swp_count">{n}<span class="iconFiller"><span class="spaceManWilly"><i class="sw swp_facebook_icon"></i><span class="swp_share">แชร์</span></span></span></span></a></div><div class="nc_tweetContainer swp_share_button swp_twitter" data-network="twitter"><a class="nc_tweet swp_share_link" rel="nofollow noreferrer noopener" target="_blank" href="https://twitter.com/intent/tweet?text={quote(a.title)}&url={url}"><span class="iconFiller"><span class="spaceManWilly"><i class="sw swp_twitter_icon"></i><span class="swp_share">ทวีต</span></span></span></a></div><div class="nc_tweetContainer swp_share_button swp_line" data-network="line"><a class="nc_tweet swp_share_link" rel="nofollow" target="_blank" href="https://social-plugins.line.me/lineit/share?url={url}"><span class="iconFiller"><span class="spaceManWilly"><span class="swp_share">LINE</span></span></span></a></div><div class="nc_tweetContainer swp_share_button total_shares total_sharesalt"><span class="swp_count ">{n} <span class="swp_label">แชร์ทั้งหมด</span></span></div></div>"""

    def query_loop(self, k):
        items = []
        for a in self.pages[k - 1]:
            items.append(self.card(a.title, a.path, a))
        if k == 2:
            items.insert(
                3,
                self.card(
                    "ประกาศรายชื่อผู้ผ่านการคัดเลือกเกษตรกรต้นแบบ (สำหรับสมาชิก)",
                    DELETED,
                    self.pages[1][3],
                ),
            )
        n = len(self.pages)

        def href(j):
            return "/news/" if j == 1 else f"/news/?{QP}={j}"

        nums = []
        for j in range(1, n + 1):
            if j == k:
                nums.append(f'<span aria-current="page" class="page-numbers current">{j}</span>')
            elif abs(j - k) <= 1 or j in (1, n):
                nums.append(f'<a class="page-numbers" href="{href(j)}">{j}</a>')
            elif nums and "dots" not in nums[-1]:
                nums.append('<span class="page-numbers dots">&hellip;</span>')
        prev = (
            f'<a href="{href(k - 1)}" class="wp-block-query-pagination-previous">หน้าก่อน</a>'
            if k > 1
            else ""
        )
        nxt = (
            f'<a href="{href(k + 1)}" class="wp-block-query-pagination-next">หน้าถัดไป</a>'
            if k < n
            else ""
        )
        return f"""<main class="wp-block-group is-layout-flow" id="wp--skip-link--target"><div class="wp-block-group alignwide is-layout-flow"><h1 class="alignwide wp-block-post-title">ข่าวประชาสัมพันธ์</h1>
<div class="wp-block-query alignwide is-layout-flow"><ul class="wp-block-post-template is-layout-grid columns-2">{"".join(items)}</ul>
<nav class="wp-block-query-pagination is-content-justification-space-between is-layout-flex" aria-label="การแบ่งหน้า">{prev}<div class="wp-block-query-pagination-numbers">{"".join(nums)}</div>{nxt}</nav></div></div></main>"""

    def card(self, title, path, a):
        img = ""
        if a.extra["image"]:
            img = f'<figure class="wp-block-post-featured-image"><a href="{path}"><img width="1024" height="683" src="/wp-content/uploads/{a.published:%Y/%m}/agri-{a.id}-1024x683.jpg" class="wp-post-image" alt="" loading="lazy" /></a></figure>'
        return f"""<li class="wp-block-post post-{a.id} post type-post status-publish format-standard category-news">{img}<h2 class="wp-block-post-title"><a href="{path}" target="_self">{esc(title)}</a></h2><div class="wp-block-post-date has-small-font-size"><time datetime="{a.published.isoformat()}">{wpdate(a.published)}</time></div><div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{esc(a.paras[0][:150])} &hellip; </p><p class="wp-block-post-excerpt__more-text"><a class="wp-block-post-excerpt__more-link" href="{path}">อ่านต่อ</a></p></div></li>
"""

    def related(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j]
            for j in (i + 3, i + 1, i - 2, i + 5)
            if 0 <= j < len(self.articles) and j != i
        ][:4]

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def single(self, a):
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            paras.insert(
                1,
                f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/{a.published:%Y/%m}/agri-{a.id}-1024x683.jpg" alt="" class="wp-image-{a.id + 1}" /><figcaption class="wp-element-caption">ภาพกิจกรรม</figcaption></figure>',
            )
        if a.source:
            paras.append(
                f'<p class="has-text-align-right"><strong>ที่มา :</strong> {esc(a.source)}</p>'
            )
        if a.extra["file"]:
            paras.append(
                f'<div class="wp-block-file"><a id="wp-block-file--media-{a.id}" href="/wp-content/uploads/{a.published:%Y/%m}/lp-agri-{a.id}.pdf">lp-agri-{a.id}</a><a href="/wp-content/uploads/{a.published:%Y/%m}/lp-agri-{a.id}.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{a.id}">ดาวน์โหลด</a></div>'
            )
        rel = "".join(
            f'<li><a href="{r.path}" rel="bookmark" title="{esc(r.title)}">{esc(r.title)}</a></li>'
            for r in self.related(a)
        )
        views = f'<div class="post-views content-post post-{a.id} entry-meta load-static"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">จำนวนการดู: </span> <span class="post-views-count">{a.views:,}</span></div>'
        content = f"""{self.swp(a, "above")}{"".join(paras)}{views}{self.swp(a, "below")}<div class='yarpp yarpp-related yarpp-related-website yarpp-template-list'>
<h3>เรื่องที่เกี่ยวข้อง:</h3><ol>{rel}</ol>
</div>"""
        mod = ""
        if a.extra["mod_printed"]:
            mod = f'<div class="wp-block-post-date__modified-date wp-block-post-date has-small-font-size"><time datetime="{a.modified.isoformat()}">{wpdate(a.modified)}</time></div>'
        cats = '<div class="taxonomy-category wp-block-post-terms"><a href="/category/news/" rel="tag">ข่าวประชาสัมพันธ์</a></div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">ป้ายกำกับ: </span>'
                + '<span class="wp-block-post-terms__separator">, </span>'.join(
                    f'<a href="/tag/{quote(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags
                )
                + "</div>"
            )
        newer, older = self.neighbours(a)
        nav = ""
        if older:
            nav += f'<div class="post-navigation-link-previous wp-block-post-navigation-link"><span class="wp-block-post-navigation-link__arrow-previous is-arrow-arrow" aria-hidden="true">←</span><a href="{older.path}" rel="prev">{esc(older.title)}</a></div>'
        if newer:
            nav += f'<div class="post-navigation-link-next wp-block-post-navigation-link"><a href="{newer.path}" rel="next">{esc(newer.title)}</a><span class="wp-block-post-navigation-link__arrow-next is-arrow-arrow" aria-hidden="true">→</span></div>'
        return f"""<main class="wp-block-group is-layout-flow" id="wp--skip-link--target"><div class="wp-block-group is-layout-constrained">
<h1 style="margin-bottom:var(--wp--custom--spacing--medium, 6rem)" class="wp-block-post-title">{esc(a.title)}</h1>
<figure style="margin-top:calc(-1 * var(--wp--custom--spacing--medium, 6rem));" class="wp-block-post-featured-image"></figure>
<hr class="wp-block-separator has-text-color has-background is-style-wide"/>
</div>
<div class="entry-content wp-block-post-content is-layout-constrained">{content}</div>
<div class="wp-block-group is-layout-constrained" style="margin-top:var(--wp--custom--spacing--medium, 6rem)">
<div class="wp-block-spacer" style="height:70px" aria-hidden="true"></div>
<hr class="wp-block-separator has-text-color has-background is-style-wide"/>
<div class="wp-block-group is-layout-flex"><div class="wp-block-post-date"><time datetime="{a.published.isoformat()}">{wpdate(a.published)}</time></div>{mod}<p>ใน</p>{cats}</div>
<div class="wp-block-group is-layout-flex">{tags}</div>
<div class="wp-block-spacer" style="height:70px" aria-hidden="true"></div>
<div class="wp-block-comments"><h2 id="reply-title" class="comment-reply-title">แสดงความเห็น</h2><p class="must-log-in">คุณต้อง<a href="{HOST}/wp-login.php?redirect_to={quote(HOST + a.path)}">เข้าสู่ระบบ</a> เพื่อพิมพ์ความเห็น</p></div>
<nav class="wp-block-group is-content-justification-space-between is-layout-flex" aria-label="นำทางเรื่อง">{nav}</nav>
</div></main>"""

    def detail(self, a):
        head = f"""<link rel="canonical" href="{HOST}{a.path}" />
<link rel='shortlink' href='{HOST}/?p={a.id}' />
<link rel="alternate" type="application/json" href="{HOST}/wp-json/wp/v2/posts/{a.id}" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:type" content="article" />
"""
        return self.shell(
            f"{a.title} &#8211; {OFFICE}".replace("&#8211;", "–"),
            self.single(a),
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            head,
        )

    def members_only(self):
        main_html = f"""<main class="wp-block-group is-layout-flow" id="wp--skip-link--target"><div class="wp-block-group is-layout-constrained"><h1 class="wp-block-post-title">ประกาศรายชื่อผู้ผ่านการคัดเลือกเกษตรกรต้นแบบ (สำหรับสมาชิก)</h1></div>
<div class="entry-content wp-block-post-content is-layout-constrained"><div class="rcp_restricted">เนื้อหานี้สงวนไว้สำหรับสมาชิกเท่านั้น กรุณาเข้าสู่ระบบ</div>
<form id="rcp_login_form" class="rcp_form" method="POST" action="{HOST}{DELETED}"><fieldset class="rcp_login_data"><p><label for="rcp_user_login">ชื่อผู้ใช้หรืออีเมล</label><input name="rcp_user_login" id="rcp_user_login" class="required" type="text"/></p><p><label for="rcp_user_pass">รหัสผ่าน</label><input name="rcp_user_pass" id="rcp_user_pass" class="required" type="password"/></p><p><input id="rcp_login_submit" class="rcp-button" type="submit" value="เข้าสู่ระบบ"/></p></fieldset></form></div></main>"""
        return self.shell(
            f"ประกาศรายชื่อผู้ผ่านการคัดเลือกเกษตรกรต้นแบบ (สำหรับสมาชิก) – {OFFICE}",
            main_html,
            "post-template-default single single-post postid-2231",
        )

    def route(self, path, query, raw_query, base):
        if path == "/news/":
            k = qs1(query, QP, "1")
            if not k.isdigit() or not 1 <= int(k) <= len(self.pages):
                return None
            return self.html_response(
                self.shell(
                    f"ข่าวประชาสัมพันธ์ – {OFFICE}",
                    self.query_loop(int(k)),
                    "page-template-default page page-id-12",
                )
            )
        from urllib.parse import unquote

        for p, a in self.by_path.items():
            if path in (p, unquote(p)):
                return self.html_response(self.detail(a))
        if path == DELETED:
            return self.html_response(self.members_only())
        if path == "/feed/":
            items = "".join(
                f'<item><title>{esc(a.title)}</title><link>{HOST}{a.path}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0000</pubDate><guid isPermaLink="false">{HOST}/?p={a.id}</guid></item>'
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{OFFICE}</title><link>{HOST}</link><generator>https://wordpress.org/?v=6.4.3</generator>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        if path == "/":
            return 301, {"Location": base + "/news/"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                wpdate(a.published),
                "แชร์ทั้งหมด",
                "ทวีต",
                "จำนวนการดู:",
                f"{a.views:,}",
                "เรื่องที่เกี่ยวข้อง:",
                "แสดงความเห็น",
                "เพื่อพิมพ์ความเห็น",
                "ป้ายกำกับ:",
                "ขับเคลื่อนโดย",
                COOKIE,
                "ถนนบุญวาทย์",
                "นโยบายความเป็นส่วนตัว",
            ]
            if a.extra["image"]:
                must_not.append("ภาพกิจกรรม")
            if a.extra["file"]:
                must_not += [f"lp-agri-{a.id}", "ดาวน์โหลด"]
            if a.extra["mod_printed"]:
                must_not.append(wpdate(a.modified))
            must_not += [n.title for n in (newer, older) if n]
            must_not += [r.title for r in self.related(a)]
            rec = expected_record(a, modified=a.extra["mod_printed"], must_not=must_not)
            out.append(rec)
        return out


SITE = TT22Site()

if __name__ == "__main__":
    main(SITE)
