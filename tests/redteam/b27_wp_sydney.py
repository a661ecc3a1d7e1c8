"""Blind-27 red-team site: **WordPress 6.4 + Sydney 2 (aThemes)** for a provincial health
office (สำนักงานสาธารณสุขจังหวัดแพร่), with Simple Social Buttons, Post Views Counter,
Contextual Related Posts and WP Statistics, built blind.

What it imitates:
- WordPress fingerprints: `meta name=generator content="WordPress 6.4.3"`, `/wp-content/themes/sydney/`,
  `/wp-includes/`, `wp-json` link, `?feed=rss2` feeds, `body.single.single-post.postid-N`;
- **plain permalinks**: posts at `/?p=N`, the category at `/?cat=5`, pages `/?cat=5&paged=2`;
- Sydney's shell: `#masthead.site-header`, `.sydney-hero-area` page header, `#content.page-wrap`,
  `#primary.content-area`, `article.post-wrap`, `h1.title-post.entry-title`, `.meta-post`
  (`posted-on` with `time.entry-date.published` / `time.updated`, byline login, category),
  `.entry-thumb` (some), `.entry-content`, `.entry-footer` tags, `nav.post-navigation` with
  both neighbour titles, `#secondary` widgets, `#colophon` with the aThemes credit;
- Thai locale dates **"15 มีนาคม 2024"**: Thai month names with a **CE year** (WordPress's
  th locale does not convert the year), the ISO `datetime` +07:00 holding the time;
- inside `.entry-content`: Post Views Counter "ยอดเข้าชม: 1,234" **before** the text, Simple
  Social Buttons "แชร์เรื่องนี้" with counts, a captioned image (some), a file block (some),
  a typed "ที่มา :" / "ข่าว/ภาพ :" line (2 in 3), Contextual Related Posts "ข่าวที่เกี่ยวข้อง"
  with three titles **after** the text; comments closed notice; cookie bar (GDPR Cookie Consent).
Deleted: `/?p=N` of a members-only post (Restrict Content style): 200 with the title
"เนื้อหาสำหรับสมาชิก" and a login form, no text.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, make_articles, paginate, qs1
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานสาธารณสุขจังหวัดแพร่"
HOST = "https://www.phrae.moph.go.th"
SOURCES = ["กลุ่มงานสื่อสารองค์กร สสจ.แพร่", None, "ศูนย์ข้อมูลข่าวสาร สสจ.แพร่"]
LABELS = ["ที่มา :", None, "ข่าว/ภาพ :"]
USER = "admin_prh"
PER_PAGE = 8


def wp_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class SydneySite(BaseSite):
    key = "b27_wp_sydney"
    family = "wordpress"
    imitates = "WordPress 6.4 + Sydney 2 (aThemes), plain permalinks /?p=N, category /?cat=5&paged=N; h1.title-post; posted-on time.entry-date.published (+ time.updated when edited) with Thai month and CE year '15 มีนาคม 2024', ISO datetime +07:00; Post Views Counter 'ยอดเข้าชม:' and Simple Social Buttons with counts inside .entry-content; typed 'ที่มา :' / 'ข่าว/ภาพ :'; Contextual Related Posts; tags in entry-footer; post-navigation with titles; WP Statistics sidebar; deleted = members-only post, 200 login wall"
    listing_path = "/?cat=5"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 4, 26, 16, 0, tzinfo=TZ), offset=211
        )
        drop_corpus_signoffs(arts)
        pid = 1842
        for i, a in enumerate(arts):
            a.id = pid
            pid -= 2 + i % 3
            a.time_printed = True  # datetime attribute always carries the time
            a.source = SOURCES[i % 3]
            a.extra["label"] = LABELS[i % 3]
            a.extra["image"] = i % 4 == 2
            a.extra["file"] = i % 7 == 4
            a.path = f"/?p={a.id}"
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_id = {a.id: a for a in arts}
        self.deleted_id = self.pages[1][2].id + 1  # ids step by 2-4: a gap
        assert self.deleted_id not in self.by_id

    def listing_pages(self):
        return ["/?cat=5"] + [f"/?cat=5&paged={k + 1}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/?p={self.deleted_id}"]

    # ------------------------------------------------------------------ shell

    def shell(self, title, content, body_class, hero):
        recent = "".join(
            f'<li><a href="{HOST}/?p={a.id}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="https://gmpg.org/xfn/11">
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="{HOST}/?feed=rss2" />
<link rel='stylesheet' id='sydney-google-fonts-css' href='{HOST}/wp-content/fonts/3f9b1c2a.css' type='text/css' media='all' />
<link rel='stylesheet' id='sydney-style-min-css' href='{HOST}/wp-content/themes/sydney/css/styles.min.css?ver=20230821' type='text/css' media='all' />
<link rel='stylesheet' id='ssb-front-css-css' href='{HOST}/wp-content/plugins/simple-social-buttons/assets/css/front.css?ver=5.1.2' type='text/css' media='all' />
<link rel='stylesheet' id='post-views-counter-frontend-css' href='{HOST}/wp-content/plugins/post-views-counter/css/frontend.min.css?ver=1.4.4' type='text/css' media='all' />
<link rel='stylesheet' id='crp-style-rounded-thumbs-css' href='{HOST}/wp-content/plugins/contextual-related-posts/css/rounded-thumbs.min.css?ver=3.4.2' type='text/css' media='all' />
<script type='text/javascript' src='{HOST}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1' id='jquery-core-js'></script>
<link rel="https://api.w.org/" href="{HOST}/index.php?rest_route=/" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{HOST}/xmlrpc.php?rsd" />
<meta name="generator" content="WordPress 6.4.3" />
</head>
<body class="{body_class} group-blog menu-inline" itemscope="itemscope" itemtype="https://schema.org/WebPage">
<div class="preloader"><div class="spinner"><div class="pre-bounce1"></div><div class="pre-bounce2"></div></div></div>
<div id="page" class="hfeed site">
	<a class="skip-link screen-reader-text" href="#content">ข้ามไปยังเนื้อหา</a>
	<header id="masthead" class="site-header" role="banner" itemscope itemtype="https://schema.org/WPHeader">
		<div class="header-wrap"><div class="container"><div class="row">
			<div class="col-md-4 col-sm-8 col-xs-12"><p class="site-title"><a href="{HOST}/" rel="home">{OFFICE}</a></p><p class="site-description">Phrae Provincial Public Health Office</p></div>
			<div class="col-md-8 col-sm-4 col-xs-12"><div class="btn-menu"><i class="sydney-svg-icon"></i></div>
				<nav id="mainnav" class="mainnav" role="navigation"><div class="menu-main-container"><ul id="menu-main" class="menu"><li class="menu-item"><a href="{HOST}/">หน้าหลัก</a></li><li class="menu-item menu-item-has-children"><a href="{HOST}/?page_id=12">เกี่ยวกับหน่วยงาน</a><ul class="sub-menu"><li class="menu-item"><a href="{HOST}/?page_id=14">วิสัยทัศน์ พันธกิจ</a></li><li class="menu-item"><a href="{HOST}/?page_id=16">ทำเนียบผู้บริหาร</a></li></ul></li><li class="menu-item current-menu-item"><a href="/?cat=5">ข่าวประชาสัมพันธ์</a></li><li class="menu-item"><a href="{HOST}/?cat=7">จัดซื้อจัดจ้าง</a></li><li class="menu-item"><a href="{HOST}/?page_id=40">ITA</a></li><li class="menu-item"><a href="{HOST}/?page_id=22">ติดต่อเรา</a></li></ul></div></nav>
			</div>
		</div></div></div>
	</header>
	<div class="sydney-hero-area">
		<div class="header-image"><div class="overlay"></div><img class="header-inner" src="{HOST}/wp-content/uploads/2023/05/header-phrae.jpg" width="1920" alt="{OFFICE}" title="{OFFICE}"></div>
		{hero}
	</div>
	<div id="content" class="page-wrap">
		<div class="container content-wrapper"><div class="row">
{content}
<div id="secondary" class="widget-area col-md-3" role="complementary" itemscope="itemscope" itemtype="https://schema.org/WPSideBar">
	<aside id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="{HOST}/"><label><span class="screen-reader-text">ค้นหาสำหรับ:</span><input type="search" class="search-field" placeholder="ค้นหา &hellip;" value="" name="s" /></label><input type="submit" class="search-submit" value="ค้นหา" /></form></aside>
	<aside id="recent-posts-2" class="widget widget_recent_entries"><h3 class="widget-title">เรื่องล่าสุด</h3><ul>{recent}</ul></aside>
	<aside id="archives-2" class="widget widget_archive"><h3 class="widget-title">คลังเก็บ</h3><ul><li><a href='{HOST}/?m=202404'>เมษายน 2024</a></li><li><a href='{HOST}/?m=202403'>มีนาคม 2024</a></li><li><a href='{HOST}/?m=202402'>กุมภาพันธ์ 2024</a></li></ul></aside>
	<aside id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><h3 class="widget-title">สถิติผู้เข้าชม</h3><ul><li><label>ผู้ใช้งานออนไลน์:&nbsp;</label>5</li><li><label>ผู้เยี่ยมชมวันนี้:&nbsp;</label>213</li><li><label>ผู้เยี่ยมชมทั้งหมด:&nbsp;</label>418,902</li></ul></aside>
</div>
		</div></div>
	</div><!-- #content -->
	<div id="sidebar-footer" class="footer-widgets widget-area" role="complementary"><div class="container"><div class="sidebar-column col-md-4"><aside class="widget widget_text"><h3 class="widget-title">ติดต่อเรา</h3><div class="textwidget"><p>{OFFICE} 99 ถนนไชยบูรณ์ ตำบลในเวียง อำเภอเมืองแพร่ จังหวัดแพร่ 54000 โทร 0-5451-1133</p></div></aside></div></div></div>
	<a class="go-top"><i class="sydney-svg-icon"></i></a>
	<footer id="colophon" class="site-footer" role="contentinfo" itemscope="itemscope" itemtype="https://schema.org/WPFooter">
		<div class="site-info container"><a href="https://wordpress.org/">ขับเคลื่อนโดย WordPress</a><span class="sep"> | </span>Theme: <a href="https://athemes.com/theme/sydney" rel="nofollow">Sydney</a> by aThemes.</div>
	</footer>
</div><!-- #page -->
<div id="cookie-law-info-bar" data-nosnippet="true"><span>เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์ที่ดีที่สุดแก่ผู้ใช้งาน <a role='button' data-cli_action="accept" id="cookie_action_close_header" class="medium cli-plugin-button cli-plugin-main-button">ยอมรับ</a> <a href="{HOST}/?page_id=3" id="CONSTANT_OPEN_URL" target="_blank" class="cli-plugin-main-link">นโยบายความเป็นส่วนตัว</a></span></div>
<script type='text/javascript' src='{HOST}/wp-content/themes/sydney/js/functions.min.js?ver=20230821' id='sydney-functions-js'></script>
<script type='text/javascript' src='{HOST}/wp-content/plugins/simple-social-buttons/assets/js/frontend-blocks.js?ver=5.1.2' id='ssb-blocks-front-js-js'></script>
</body>
</html>
"""

    def time_html(self, a):
        pub = f'<time class="entry-date published" datetime="{a.published.isoformat()}">{wp_date(a.published)}</time>'
        if a.modified:
            return (
                pub
                + f'<time class="updated" datetime="{a.modified.isoformat()}">{wp_date(a.modified)}</time>'
            )
        return pub.replace("entry-date published", "entry-date published updated")

    # ------------------------------------------------------------------ listing

    def pager(self, k):
        n = len(self.pages)

        def link(i):
            return "/?cat=5" if i == 0 else f"/?cat=5&#038;paged={i + 1}"

        items = []
        if k > 0:
            items.append(f'<a class="prev page-numbers" href="{link(k - 1)}">&laquo; ก่อนหน้า</a>')
        for i in range(n):
            if i == k:
                items.append(
                    f'<span aria-current="page" class="page-numbers current">{i + 1}</span>'
                )
            else:
                items.append(f'<a class="page-numbers" href="{link(i)}">{i + 1}</a>')
        if k < n - 1:
            items.append(f'<a class="next page-numbers" href="{link(k + 1)}">ถัดไป &raquo;</a>')
        return f'<nav class="navigation pagination" aria-label="แบ่งหน้าเรื่อง"><h2 class="screen-reader-text">แบ่งหน้าเรื่อง</h2><div class="nav-links">{"".join(items)}</div></nav>'

    def teaser(self, pid, title, when, excerpt):
        return f"""<article id="post-{pid}" class="post-{pid} post type-post status-publish format-standard hentry category-news clearfix">
	<div class="content-inner">
	<header class="entry-header"><h2 class="title-post entry-title"><a href="/?p={pid}" rel="bookmark">{esc(title)}</a></h2>
	<div class="meta-post"><span class="posted-on">โพสเมื่อ <a href="/?p={pid}" rel="bookmark"><time class="entry-date published updated" datetime="{when.isoformat()}">{wp_date(when)}</time></a></span><span class="byline"> โดย <span class="author vcard"><a class="url fn n" href="{HOST}/?author=2">{USER}</a></span></span></div></header>
	<div class="entry-post"><p>{esc(excerpt[:180])} [&hellip;]</p><a class="read-more" href="/?p={pid}">อ่านต่อ</a></div>
	</div>
</article>
"""

    def listing(self, k):
        rows = [self.teaser(a.id, a.title, a.published, a.paras[0]) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                3,
                self.teaser(
                    self.deleted_id,
                    "ประกาศผลการคัดเลือกบุคคลเพื่อจ้างเป็นลูกจ้างชั่วคราว",
                    self.pages[1][2].published - dt.timedelta(hours=5),
                    "เฉพาะสมาชิกที่เข้าสู่ระบบเท่านั้น",
                ),
            )
        hero = '<div class="page-title-wrap"><h1 class="archive-title">หมวดหมู่: ข่าวประชาสัมพันธ์</h1></div>'
        content = f"""<div id="primary" class="content-area col-md-9">
	<main id="main" class="post-wrap" role="main">
	<div class="posts-layout"><div class="row">
{"".join(rows)}	</div></div>
	{self.pager(k)}
	</main>
</div>
"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์ – {OFFICE}", content, "archive category category-news category-5", hero
        )

    # ------------------------------------------------------------------ single

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [
            self.articles[j]
            for j in (i + 3, i - 2, i + 5, i + 1)
            if 0 <= j < len(self.articles) and j != i
        ][:3]

    def share(self, a):
        n = a.id % 37 + 3
        return f"""<div class="simplesocialbuttons simplesocial-round-icon simplesocialbuttons_inline simplesocialbuttons-align-left post-{a.id} post  simplesocialbuttons-inline-no-animation">
<span class="ssb_inline-share_heading left">แชร์เรื่องนี้</span><button class="simplesocial-fb-share" rel="nofollow" target="_blank" aria-label="Facebook Share" data-href="https://www.facebook.com/sharer/sharer.php?u={HOST}/?p={a.id}" onClick="javascript:window.open(this.dataset.href, '', 'menubar=no,toolbar=no,resizable=yes,scrollbars=yes,height=600,width=600');return false;"><span class="simplesocialtxt">Facebook </span> <span class="ssb_counter ssb_fbshare_counter">{n}</span></button>
<button class="simplesocial-twt-share" rel="nofollow" target="_blank" aria-label="Twitter Share" data-href="https://twitter.com/intent/tweet?text={esc(a.title)}&url={HOST}/?p={a.id}"><span class="simplesocialtxt">Twitter</span> </button>
<button onClick="javascript:window.open(this.dataset.href, '_blank' );return false;" class="simplesocial-line-share" rel="nofollow" target="_blank" aria-label="LINE" data-href="https://social-plugins.line.me/lineit/share?url={HOST}/?p={a.id}"><span class="simplesocialtxt">LINE</span></button>
<div class="ssb_total_counter"><span>{n}</span> <span class="ssb_total_counter_text">แชร์</span></div>
</div>"""

    def single(self, a):
        body = "".join(f"<p>{esc(p)}</p>\n" for p in a.paras)
        if a.extra["image"]:
            body = body.replace(
                "</p>\n",
                f'</p>\n<figure class="wp-block-image size-large"><img decoding="async" src="{HOST}/wp-content/uploads/2024/03/IMG_{a.id}-1024x683.jpg" alt="" class="wp-image-{a.id + 1}"/><figcaption class="wp-element-caption">ภาพกิจกรรม {OFFICE}</figcaption></figure>\n',
                1,
            )
        if a.extra["file"]:
            body += f'<div class="wp-block-file"><a id="wp-block-file--media-{a.id}" href="{HOST}/wp-content/uploads/2024/03/doc-{a.id}.pdf">doc-{a.id}</a><a href="{HOST}/wp-content/uploads/2024/03/doc-{a.id}.pdf" class="wp-block-file__button wp-element-button" download aria-describedby="wp-block-file--media-{a.id}">ดาวน์โหลด</a></div>\n'
        if a.source:
            body += f"<p><strong>{a.extra['label']}</strong> {esc(a.source)}</p>\n"
        rel = "".join(
            f'<li><a href="{HOST}/?p={r.id}" class="crp_link post-{r.id}"><figure><img loading="lazy" decoding="async" width="150" height="150" src="{HOST}/wp-content/plugins/contextual-related-posts/default.png" class="crp_thumb crp_default_thumb" alt="{esc(r.title)}" title="{esc(r.title)}" /></figure><span class="crp_title">{esc(r.title)}</span></a></li>'
            for r in self.related(a)
        )
        crp = f'<div class="crp_related     crp-rounded-thumbs"><h3>ข่าวที่เกี่ยวข้อง:</h3><ul>{rel}</ul><div class="crp_clear"></div></div>'
        pvc = f'<div class="post-views content-post post-{a.id} entry-meta"><span class="post-views-icon dashicons dashicons-chart-bar"></span> <span class="post-views-label">ยอดเข้าชม:</span> <span class="post-views-count">{a.views:,}</span></div>'
        thumb = ""
        if a.id % 3 == 0:
            thumb = f'<div class="entry-thumb"><img width="830" height="553" src="{HOST}/wp-content/uploads/2024/03/feat-{a.id}.jpg" class="attachment-large-thumb size-large-thumb wp-post-image" alt="" decoding="async" /></div>'
        tags = ""
        if a.tags:
            tags = (
                '<footer class="entry-footer"><span class="tags-links">'
                + ", ".join(
                    f'<a href="{HOST}/?tag={esc(t)}" rel="tag">{esc(t)}</a>' for t in a.tags
                )
                + "</span></footer>"
            )
        older, newer = self.neighbours(a)
        nav = '<nav class="navigation post-navigation" aria-label="เรื่อง"><h2 class="screen-reader-text">นำทางเรื่อง</h2><div class="nav-links clearfix">'
        if older:
            nav += f'<div class="nav-previous"><span class="sydney-svg-icon"></span><a href="/?p={older.id}" rel="prev">{esc(older.title)}</a></div>'
        if newer:
            nav += f'<div class="nav-next"><a href="/?p={newer.id}" rel="next">{esc(newer.title)}</a><span class="sydney-svg-icon"></span></div>'
        nav += "</div></nav>"
        content = f"""<div id="primary" class="content-area col-md-9">
	<main id="main" class="post-wrap" role="main">
<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard{" has-post-thumbnail" if thumb else ""} hentry category-news">
	<header class="entry-header">
		<div class="meta-post"><a href="{HOST}/?cat=5" title="ข่าวประชาสัมพันธ์" class="post-cat">ข่าวประชาสัมพันธ์</a></div>
		<h1 class="title-post entry-title">{esc(a.title)}</h1>
		<div class="single-meta"><span class="posted-on">โพสเมื่อ <a href="/?p={a.id}" rel="bookmark">{self.time_html(a)}</a></span><span class="byline"> โดย <span class="author vcard"><a class="url fn n" href="{HOST}/?author=2">{USER}</a></span></span></div>
	</header>
	{thumb}
	<div class="entry-content">
{pvc}
{self.share(a)}
{body}{crp}
	</div>
	{tags}
</article>
{nav}
<div id="comments" class="comments-area"><p class="no-comments">ปิดความเห็น</p></div>
	</main>
</div>
"""
        return self.shell(
            f"{a.title} – {OFFICE}",
            content,
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            "",
        )

    def members_only(self):
        content = f"""<div id="primary" class="content-area col-md-9">
	<main id="main" class="post-wrap" role="main">
<article id="post-{self.deleted_id}" class="post-{self.deleted_id} post type-post status-publish hentry category-news">
	<header class="entry-header"><h1 class="title-post entry-title">เนื้อหาสำหรับสมาชิก</h1></header>
	<div class="entry-content"><div class="rcp_restricted">เนื้อหานี้สงวนไว้สำหรับสมาชิกเท่านั้น กรุณาเข้าสู่ระบบ</div>
	<form name="loginform" id="loginform" action="{HOST}/wp-login.php" method="post"><p class="login-username"><label for="user_login">ชื่อผู้ใช้หรืออีเมล</label><input type="text" name="log" id="user_login" class="input" value="" size="20" /></p><p class="login-password"><label for="user_pass">รหัสผ่าน</label><input type="password" name="pwd" id="user_pass" class="input" value="" size="20" /></p><p class="login-submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary" value="เข้าสู่ระบบ" /><input type="hidden" name="redirect_to" value="{HOST}/?p={self.deleted_id}" /></p></form></div>
</article>
	</main>
</div>
"""
        return self.shell(
            f"เนื้อหาสำหรับสมาชิก – {OFFICE}",
            content,
            f"single single-post postid-{self.deleted_id}",
            "",
        )

    # ------------------------------------------------------------------ routes

    def route(self, path, query, raw_query, base):
        if path not in ("/", "/index.php"):
            return None
        p = qs1(query, "p")
        if p:
            if p == str(self.deleted_id):
                return self.html_response(self.members_only())
            if p.isdigit() and int(p) in self.by_id:
                return self.html_response(self.single(self.by_id[int(p)]))
            return None
        if qs1(query, "cat") == "5" or not query:
            k = qs1(query, "paged", "1")
            if not k.isdigit() or not 1 <= int(k) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(k) - 1))
        if qs1(query, "feed") == "rss2":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>{HOST}/?p={a.id}</link><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>{OFFICE}</title><link>{HOST}</link><generator>https://wordpress.org/?v=6.4.3</generator>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=UTF-8"}, rss.encode()
        return None

    # ------------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                USER,
                wp_date(a.published),
                "ยอดเข้าชม:",
                "แชร์เรื่องนี้",
                "ข่าวที่เกี่ยวข้อง:",
                "ปิดความเห็น",
                "เรื่องล่าสุด",
                "ผู้เยี่ยมชมทั้งหมด:",
                "418,902",
                "เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์ที่ดีที่สุดแก่ผู้ใช้งาน",
                "Theme: Sydney by aThemes.",
                "99 ถนนไชยบูรณ์ ตำบลในเวียง",
                "โพสเมื่อ",
            ]
            must_not += [n.title for n in (older, newer) if n]
            must_not += [r.title for r in self.related(a)]
            if a.extra["image"]:
                must_not.append(f"ภาพกิจกรรม {OFFICE}")
            if a.extra["file"]:
                must_not += ["ดาวน์โหลด", f"doc-{a.id}"]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = SydneySite()

if __name__ == "__main__":
    main(SITE)
