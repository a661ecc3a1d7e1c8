"""Blind-46 red-team site (part A): **WordPress 6.4 + Salient 16 (ThemeNectar, WPBakery
"Salient WPBakery Page Builder") + Yoast SEO + WP-PostRatings + WP Statistics + Download
Monitor**, a provincial public-health office, built blind.

What it imitates:
- permalinks `/archives/N` (the common Thai-government "/archives/%post_id%" structure),
  category archive `/category/news/`, `/category/news/page/2/`, `/page/3/`; generator
  "WordPress 6.4.3" and "Powered by Salient WPBakery Page Builder", `/wp-content/themes/salient/`,
  `/wp-content/plugins/wp-postratings/`, `/wp-json/`, the category feed;
- Salient chrome: `div#header-outer` / `header#top`, `div#ajax-content-wrap`, the post header
  `div#page-header-bg` (category link, `h1.entry-title`, `div#single-below-header` with
  `span.meta-author` login, `span.meta-date date updated` "5 มีนาคม 2024" — WordPress's Thai
  locale with the **CE** year and no time — and `span.meta-category`); `<title>` "headline –
  office"; Yoast JSON-LD `datePublished` / `dateModified` (time, +07:00; dateModified printed
  for every post) and `article:published_time`;
- `div.post-area` > `article.regular.post` > `div.post-content` > `div.content-inner` holding
  the text (WPBakery rows on some posts: `div.wpb_text_column.wpb_content_element >
  div.wpb_wrapper`), a "ที่มา :" or "ข่าว/ภาพ :" line on some, a Download Monitor
  "ดาวน์โหลด" box on some, and — inside `.content-inner`, after the text — WP-PostRatings
  stars ("คะแนนเฉลี่ย 4.2 จาก 5 (โหวต 12 ครั้ง)") and the WP Statistics shortcode line
  "จำนวนผู้เข้าชม : 1,234 ครั้ง";
- after the article: Salient `.post-tags` (tags), `div.nectar-social` share bar with the
  heart button `a.nectar-love` and its like count, `#author-bio`, `.blog_next_prev_buttons`
  with neighbour titles, `.row.vc_row-fluid.related-post-wrap` "ข่าวที่เกี่ยวข้อง", comments
  "ต้องเข้าสู่ระบบ เพื่อแสดงความคิดเห็น"; sidebar recent posts, WP Statistics widget
  (site-wide), cookie notice, footer.
Deleted: `/archives/3120`, a password-protected post linked from page 2 — answers 200 with
"ป้องกัน: …" and the post-password form, no text.
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import (
    MONTHS,
    TZ,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานสาธารณสุขจังหวัดลำพูน"
LIST = "/category/news/"
PER = 9
THEME = "/wp-content/themes/salient"
SOURCES = [
    ("ที่มา", "กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข สสจ.ลำพูน"),
    None,
    None,
    ("ข่าว/ภาพ", "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านธิ"),
    None,
    ("ที่มา", "กลุ่มงานควบคุมโรคติดต่อ สำนักงานสาธารณสุขจังหวัดลำพูน"),
    None,
]
TAGS = ["สาธารณสุข", "อสม.", "ไข้เลือดออก", "ผู้สูงอายุ", "วัคซีน", "ลำพูน"]
DELETED_ID = 3120
DELETED = f"/archives/{DELETED_ID}"
DELETED_TITLE = "ประกาศรายชื่อผู้มีสิทธิ์สอบสัมภาษณ์ (สำหรับเจ้าหน้าที่)"
PROTECTED = "เนื้อหานี้ถูกป้องกันด้วยรหัสผ่าน กรุณาใส่รหัสผ่านด้านล่างเพื่อดูเนื้อหานี้:"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์การใช้งานที่ดีที่สุดแก่ท่าน"
FOOTER = "ถนนลำพูน-ป่าซาง ตำบลเวียงยอง อำเภอเมืองลำพูน จังหวัดลำพูน 51000"
COMMENT_PROMPT = "ต้องเข้าสู่ระบบ เพื่อแสดงความคิดเห็น"
RELATED = "ข่าวที่เกี่ยวข้อง"
SITE_STATS = "ผู้เข้าชมทั้งหมด : 1,204,377"


def wp_date(d: dt.datetime) -> str:
    """'5 มีนาคม 2024' (WordPress 'j F Y' in the Thai locale: CE year)."""
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def rating(a) -> tuple[str, int]:
    votes = 3 + (a.id * 7) % 40
    avg = 3.0 + ((a.id * 13) % 20) / 10
    return f"{avg:.2f}", votes


class SalientSite(BaseSite):
    key = "b46_wp_salient_postratings"
    family = "wordpress"
    imitates = "WordPress 6.4 + Salient 16 (ThemeNectar) + Salient WPBakery + Yoast + WP-PostRatings + WP Statistics + Download Monitor, provincial public-health office: /archives/N, /category/news/page/N/; #page-header-bg with h1.entry-title and #single-below-header (meta-author login, span.meta-date 'j F Y' Thai locale with CE year, no time), Yoast JSON-LD datePublished/dateModified (dateModified for every post); post-area > post-content > content-inner with WPBakery wpb_text_column rows on some, 'ที่มา :' / 'ข่าว/ภาพ :' line on some, Download Monitor box on some, WP-PostRatings stars + WP Statistics 'จำนวนผู้เข้าชม : N ครั้ง' inside content-inner; post-tags, nectar-social share with nectar-love like count, author bio, next/prev with neighbour titles, Salient related posts, comment login prompt; sidebar recent posts + site-wide stats widget; deleted = password-protected post (200, 'ป้องกัน:' + password form)"
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 6, 20, 16, 0, tzinfo=TZ), offset=611
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 3141 - i * 3 + (i % 2)
            if a.id == DELETED_ID:
                a.id += 1
            a.path = f"/archives/{a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else ""
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range((i % 4) and 1 + i % 3)]
            a.views = 41 + (i * 211) % 3900
            a.extra["wpb"] = i % 3 == 1
            a.extra["image"] = i % 4 == 2
            a.extra["dlm"] = i % 6 == 4
            a.extra["likes"] = (i * 5) % 17
            if not a.modified:
                a.modified = a.published
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        self.pages = paginate(arts, PER)

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}page/{k + 1}/"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------ chrome

    def shell(self, content, title, body_class, head_extra="", sidebar=True):
        recent = "".join(
            f'<li><a href="{esc(a.path)}">{esc(a.title)}</a><span class="post-date">{wp_date(a.published)}</span></li>'
            for a in self.articles[:5]
        )
        side = (
            f"""<div id="sidebar" data-nectar-ss="false" class="col span_3 col_last">
<div id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="text" class="search-field" placeholder="ค้นหา..." value="" name="s" /><button type="submit" class="search-widget-btn"><span class="normal icon-salient-search"></span></button></form></div>
<div id="recent-posts-2" class="widget widget_recent_entries"><h4>เรื่องล่าสุด</h4><ul>{recent}</ul></div>
<div id="wp_statistics_widget-2" class="widget widget_wp_statistics_widget"><h4>สถิติผู้เข้าชม</h4><ul><li><label>ผู้ใช้งานออนไลน์ : </label>7</li><li><label>ผู้เข้าชมวันนี้ : </label>382</li><li><label>{SITE_STATS}</label></li></ul></div>
</div>"""
            if sidebar
            else ""
        )
        return f"""<!doctype html>
<html lang="th" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=0" />
<title>{esc(title)} &#8211; {OFFICE}</title>
<meta name="robots" content="index, follow, max-image-preview:large, max-snippet:-1, max-video-preview:-1" />
{head_extra}
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/feed/" />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ข่าวประชาสัมพันธ์ ฟีดหมวดหมู่" href="/category/news/feed/" />
<link rel='stylesheet' id='font-awesome-css' href='{THEME}/css/font-awesome-legacy.min.css?ver=4.7.1' type='text/css' media='all' />
<link rel='stylesheet' id='salient-grid-system-css' href='{THEME}/css/build/grid-system.css?ver=16.1.3' type='text/css' media='all' />
<link rel='stylesheet' id='main-styles-css' href='{THEME}/css/build/style.css?ver=16.1.3' type='text/css' media='all' />
<link rel='stylesheet' id='nectar-single-styles-css' href='{THEME}/css/build/single.css?ver=16.1.3' type='text/css' media='all' />
<link rel='stylesheet' id='wp-postratings-css' href='/wp-content/plugins/wp-postratings/css/postratings-css.css?ver=1.91.1' type='text/css' media='all' />
<link rel='stylesheet' id='dlm-frontend-css' href='/wp-content/plugins/download-monitor/assets/css/frontend-tailwind.min.css?ver=4.9.4' type='text/css' media='all' />
<script type="text/javascript" src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />
<meta name="generator" content="Powered by Salient WPBakery Page Builder - drag and drop page builder for WordPress."/>
</head>
<body class="{body_class} material wpb-js-composer js-comp-ver-7.1 vc_responsive" data-footer-reveal="false" data-header-format="default" data-body-border="off" data-boxed-style="" data-header-breakpoint="1000" data-dropdown-style="minimal" data-cae="easeOutCubic" data-megamenu-width="contained" data-aie="none" data-ls="fancybox" data-apte="standard" data-hhun="0" data-fancy-form-rcs="default" data-form-style="default" data-form-submit="regular" data-is="minimal" data-button-style="slightly_rounded_shadow" data-user-account-button="false" data-flex-cols="true" data-col-gap="default" data-header-inherit-rc="false" data-header-search="true" data-animated-anchors="true" data-ajax-transitions="false" data-full-width-header="false" data-slide-out-widget-area="true" data-slide-out-widget-area-style="slide-out-from-right" data-user-set-ocm="off" data-loading-animation="none" data-bg-header="true" data-responsive="1" data-ext-responsive="true" data-ext-padding="90" data-header-resize="1" data-header-color="custom" data-transparent-header="false" data-cart="false" data-remove-m-parallax="" data-remove-m-video-bgs="" data-m-animate="0" data-force-header-trans-color="light" data-smooth-scrolling="0" data-permanent-transparent="false" >
<a href="#ajax-content-wrap" class="nectar-skip-to-content">ข้ามไปที่เนื้อหา</a>
<div id="header-space" data-header-mobile-fixed="1"></div>
<div id="header-outer" data-has-menu="true" data-has-buttons="yes" data-header-button_style="default" data-using-pr-menu="false" data-mobile-fixed="1" data-ptnm="false" data-lhe="animated_underline" data-user-set-bg="#ffffff" data-format="default" data-permanent-transparent="false" data-megamenurt="false" data-remove-fixed="0" data-header-resize="1" data-cart="false" data-transparency-option="0" data-box-shadow="large" data-shrink-num="6" data-using-secondary="0" data-using-logo="1" data-logo-height="60" data-m-logo-height="24" data-padding="28" data-full-width="false" data-condense="false" >
<header id="top"><div class="container"><div class="row">
<div class="col span_3"><a id="logo" href="/" data-supplied-ml-starting-dark="false" data-supplied-ml-starting="false" data-supplied-ml="false" ><img class="stnd skip-lazy default-logo dark-version" width="220" height="60" alt="{OFFICE}" src="/wp-content/uploads/2023/01/logo-ssj.png" /></a></div>
<div class="col span_9 col_last"><nav><ul class="sf-menu"><li id="menu-item-12" class="menu-item menu-item-type-custom menu-item-home"><a href="/"><span class="menu-title-text">หน้าแรก</span></a></li><li id="menu-item-13" class="menu-item menu-item-has-children"><a href="/about/"><span class="menu-title-text">เกี่ยวกับหน่วยงาน</span></a></li><li id="menu-item-14" class="menu-item current-menu-item"><a href="{LIST}"><span class="menu-title-text">ข่าวประชาสัมพันธ์</span></a></li><li id="menu-item-15" class="menu-item"><a href="/category/procurement/"><span class="menu-title-text">จัดซื้อจัดจ้าง</span></a></li><li id="menu-item-16" class="menu-item"><a href="/ita/"><span class="menu-title-text">ITA</span></a></li><li id="menu-item-17" class="menu-item"><a href="/contact/"><span class="menu-title-text">ติดต่อเรา</span></a></li></ul></nav></div>
</div></div></header>
</div>
<div id="ajax-content-wrap">
{content}
<div class="container-wrap"><div class="container main-content"><div class="row">{side}</div></div></div>
<div id="footer-outer" data-midnight="light" data-cols="4" data-custom-color="true" data-disable-copyright="false" data-matching-section-color="true" data-copyright-line="false" data-using-bg-img="false" data-bg-img-overlay="0.8" data-full-width="false" data-using-widget-area="true" data-link-hover="default">
<div id="footer-widgets" data-has-widgets="true" data-cols="4"><div class="container"><div class="row"><div class="col span_3"><div class="widget widget_text"><h4>{OFFICE}</h4><div class="textwidget"><p>{FOOTER}<br />โทรศัพท์ 0-5351-1112</p></div></div></div></div></div></div>
<div class="row" id="copyright" data-layout="default"><div class="container"><div class="col span_5"><p>&copy; 2567 {OFFICE} สงวนลิขสิทธิ์</p></div></div></div>
</div>
</div>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{COOKIE}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="ยอมรับ">ยอมรับ</a></span></div></div>
<script type="text/javascript" id="nectar-frontend-js-extra">var nectarLove = {{"ajaxurl":"\\/wp-admin\\/admin-ajax.php","postID":"0","rooturl":"\\/","disqusComments":"false","loveNonce":"5d1a2c0b7e","mapApiKey":""}};</script>
<script type="text/javascript" src="{THEME}/js/build/init.js?ver=16.1.3" id="nectar-frontend-js"></script>
<script type="text/javascript" src="/wp-content/plugins/wp-postratings/js/postratings-js.js?ver=1.91.1" id="wp-postratings-js"></script>
<script type="text/javascript" src="/wp-content/plugins/js_composer_salient/assets/js/dist/js_composer_front.min.js?ver=7.1" id="wpb_composer_front_js-js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------ listing

    def listing(self, k):
        n = len(self.pages)
        items = []
        for j, a in enumerate(self.pages[k]):
            img = (
                f'<span class="post-featured-img" style="background-image: url(/wp-content/uploads/{a.published:%Y/%m}/news-{a.id}-600x403.jpg);"></span>'
                if a.extra["image"]
                else ""
            )
            items.append(
                f"""<article id="post-{a.id}" class=" masonry-blog-item post-{a.id} post type-post status-publish format-standard category-news">
<div class="inner-wrap animated"><div class="post-content"><div class="content-inner"><a class="img-link" href="{esc(a.path)}">{img}</a>
<span class="meta-category"><a class="news" href="{LIST}">ข่าวประชาสัมพันธ์</a></span>
<a class="entire-meta-link" href="{esc(a.path)}" aria-label="{esc(a.title)}"></a>
<div class="article-content-wrap"><div class="post-header"><span class="meta-date">{wp_date(a.published)}</span><h3 class="title"><a href="{esc(a.path)}">{esc(a.title)}</a></h3></div>
<div class="excerpt">{esc(a.paras[0][:160])}&hellip;</div></div></div></div></div>
</article>"""
            )
            if k == 1 and j == 3:
                items.append(
                    f"""<article id="post-{DELETED_ID}" class=" masonry-blog-item post-{DELETED_ID} post type-post status-publish format-standard post-password-required category-news">
<div class="inner-wrap animated"><div class="post-content"><div class="content-inner">
<span class="meta-category"><a class="news" href="{LIST}">ข่าวประชาสัมพันธ์</a></span>
<a class="entire-meta-link" href="{DELETED}" aria-label="ป้องกัน: {esc(DELETED_TITLE)}"></a>
<div class="article-content-wrap"><div class="post-header"><span class="meta-date">{wp_date(a.published)}</span><h3 class="title"><a href="{DELETED}">ป้องกัน: {esc(DELETED_TITLE)}</a></h3></div>
<div class="excerpt">ไม่มีเนื้อหาย่อ เพราะเรื่องนี้ถูกป้องกันด้วยรหัสผ่าน</div></div></div></div></div>
</article>"""
                )
        pag = []
        if k:
            pag.append(
                f'<a class="prev page-numbers" href="{self.page_url(k - 1)}"><i class="fa fa-angle-left"></i></a>'
            )
        for j in range(n):
            pag.append(
                f'<span aria-current="page" class="page-numbers current">{j + 1}</span>'
                if j == k
                else f'<a class="page-numbers" href="{self.page_url(j)}">{j + 1}</a>'
            )
        if k < n - 1:
            pag.append(
                f'<a class="next page-numbers" href="{self.page_url(k + 1)}"><i class="fa fa-angle-right"></i></a>'
            )
        content = f"""<div id="page-header-bg" data-midnight="light" data-text-effect="none" data-bg-pos="center" data-alignment="left" data-alignment-v="middle" data-parallax="0" data-height="250" style="height: 250px;"><div class="container"><div class="row"><div class="col span_6"><div class="inner-wrap"><span class="subheader">หมวดหมู่</span><h1>ข่าวประชาสัมพันธ์</h1></div></div></div></div></div>
<div class="container-wrap"><div class="container main-content"><div class="row">
<div class="post-area col span_12 masonry classic_enhanced" role="main" data-ams="8px" data-remove-post-date="0" data-remove-post-author="1" data-remove-post-comment-number="1" data-remove-post-nectar-love="1">
<div class="posts-container" data-load-animation="fade_in_from_bottom">
{"".join(items)}
</div>
<div id="pagination" data-is-text="ทั้งหมด">{"".join(pag)}</div>
</div>
</div></div></div>"""
        return self.shell(
            content,
            "ข่าวประชาสัมพันธ์" + (f" &#8211; หน้า {k + 1}" if k else ""),
            "archive category category-news category-3",
            sidebar=False,
        )

    # ------------------------------------------------------------ article

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def related(self, a):
        i = self.articles.index(a)
        pool = self.articles[i + 2 :] + self.articles[: max(i - 1, 0)]
        return pool[:3]

    def jsonld(self, a):
        return json.dumps(
            {
                "@context": "https://schema.org",
                "@graph": [
                    {
                        "@type": "Article",
                        "@id": f"{a.path}#article",
                        "isPartOf": {"@id": a.path},
                        "author": {"name": "admin_ssj", "@id": "/#/schema/person/1"},
                        "headline": a.title,
                        "datePublished": a.published.isoformat(),
                        "dateModified": a.modified.isoformat(),
                        "mainEntityOfPage": {"@id": a.path},
                        "publisher": {"@id": "/#organization"},
                        "articleSection": ["ข่าวประชาสัมพันธ์"],
                        "inLanguage": "th",
                        **({"keywords": a.tags} if a.tags else {}),
                    },
                    {
                        "@type": "WebPage",
                        "@id": a.path,
                        "url": a.path,
                        "name": f"{a.title} - {OFFICE}",
                        "datePublished": a.published.isoformat(),
                        "dateModified": a.modified.isoformat(),
                        "breadcrumb": {"@id": f"{a.path}#breadcrumb"},
                        "inLanguage": "th",
                    },
                    {
                        "@type": "Organization",
                        "@id": "/#organization",
                        "name": OFFICE,
                        "url": "/",
                    },
                ],
            },
            ensure_ascii=False,
        )

    def article(self, a):
        text = ""
        for j, p in enumerate(a.paras):
            text += f"<p>{esc(p)}</p>\n"
            if j == 0 and a.extra["image"]:
                text += f'<p><img fetchpriority="high" decoding="async" class="aligncenter size-large wp-image-{a.id + 1}" src="/wp-content/uploads/{a.published:%Y/%m}/news-{a.id}-1024x683.jpg" alt="" width="1024" height="683" /></p>\n'
        if a.source:
            text += f"<p><strong>{a.extra['label']} :</strong> {esc(a.source)}</p>\n"
        if a.extra["wpb"]:
            text = f'<div class="wpb-content-wrapper"><div id="fws_{a.id}" class="wpb_row vc_row-fluid vc_row" data-column-margin="default"><div class="row_col_wrap_12 col span_12 dark left"><div class="vc_col-sm-12 wpb_column column_container vc_column_container col no-extra-padding" data-padding-pos="all" data-has-bg-color="false"><div class="vc_column-inner"><div class="wpb_wrapper"><div class="wpb_text_column wpb_content_element "><div class="wpb_wrapper">\n{text}</div></div></div></div></div></div></div></div>\n'
        if a.extra["dlm"]:
            text += f'<div class="dlm-downloads-box"><a class="download-link" title="เวอร์ชัน 1.0" href="/download/{a.id + 5}/?tmstv=1718872" rel="nofollow">เอกสารประกอบข่าว (PDF) <span class="download-count">(ดาวน์โหลด {12 + a.id % 90} ครั้ง)</span></a></div>\n'
        avg, votes = rating(a)
        stars = "".join(
            f'<img src="/wp-content/plugins/wp-postratings/images/stars/rating_{"on" if s < round(float(avg)) else "off"}.gif" alt="{s + 1} Star" title="{s + 1} Star" class="post-ratings-image" />'
            for s in range(5)
        )
        text += f'<div id="post-ratings-{a.id}" class="post-ratings" data-nonce="8c1e0f2a9b">{stars} (<strong>{votes}</strong> โหวต, เฉลี่ย: <strong>{avg}</strong> จาก 5)<br /><span class="post-ratings-text" id="ratings_{a.id}_text"></span></div><div id="post-ratings-{a.id}-loading" class="post-ratings-loading"><img src="/wp-content/plugins/wp-postratings/images/loading.gif" width="16" height="16" class="post-ratings-image" />กำลังโหลด...</div>\n'
        text += f'<p class="wps-visits">จำนวนผู้เข้าชม : {a.views:,} ครั้ง</p>\n'
        tags = (
            '<div class="post-tags"><h4>แท็ก:</h4>'
            + "".join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
            + '<div class="clear"></div></div>'
            if a.tags
            else ""
        )
        newer, older = self.neighbours(a)
        nav = '<div class="row"><div data-post-header-style="default_minimal" class="blog_next_prev_buttons vc_row-fluid wpb_row full-width-content standard_section" data-style="fullwidth_next_prev" data-midnight="light"><ul class="controls">'
        if older:
            nav += f'<li class="previous-post "><div class="post-bg-img" style="background-image: url();"></div><a href="{esc(older.path)}" aria-label="{esc(older.title)}"></a><h3><span>เรื่องก่อนหน้า</span><span class="text">{esc(older.title)}<svg class="next-arrow" aria-hidden="true"></svg></span></h3></li>'
        if newer:
            nav += f'<li class="next-post "><div class="post-bg-img" style="background-image: url();"></div><a href="{esc(newer.path)}" aria-label="{esc(newer.title)}"></a><h3><span>เรื่องถัดไป</span><span class="text">{esc(newer.title)}<svg class="next-arrow" aria-hidden="true"></svg></span></h3></li>'
        nav += "</ul></div></div>"
        rel = "".join(
            f'<div class="col span_4"><div class="inner-wrap animated post-{x.id} post type-post"><a href="{esc(x.path)}" class="img-link"><span class="post-featured-img"></span></a><span class="meta-category"><a class="news" href="{LIST}">ข่าวประชาสัมพันธ์</a></span><a class="entire-meta-link" href="{esc(x.path)}"></a><div class="article-content-wrap"><div class="post-header"><span class="meta">{wp_date(x.published)}</span><h3 class="title">{esc(x.title)}</h3></div></div></div></div>'
            for x in self.related(a)
        )
        content = f"""<div id="page-header-wrap" data-animate-in-effect="none" data-midnight="light" class="" style="height: 350px;"><div id="page-header-bg" class="not-loaded hentry" data-post-hs="default_minimal" data-padding-amt="normal" data-animate-in-effect="none" data-midnight="light" data-text-effect="" data-bg-pos="top" data-alignment="left" data-alignment-v="middle" data-parallax="0" data-height="350" style="height:350px;">
<div class="page-header-bg-image-wrap" id="nectar-page-header-p-wrap" data-parallax-speed="fast"><div class="page-header-bg-image" style="background-image: url(/wp-content/uploads/{a.published:%Y/%m}/news-{a.id}-1024x683.jpg);"></div></div>
<div class="container"><img loading="lazy" class="hidden-social-img" src="/wp-content/uploads/{a.published:%Y/%m}/news-{a.id}-1024x683.jpg" alt="{esc(a.title)}" style="display: none;" />
<div class="row"><div class="col span_6 section-title blog-title" data-remove-post-date="0" data-remove-post-author="0" data-remove-post-comment-number="1">
<div class="inner-wrap"><a class="news" href="{LIST}">ข่าวประชาสัมพันธ์</a>
<h1 class="entry-title">{esc(a.title)}</h1>
<div id="single-below-header" data-hide-on-mobile="false"><span class="meta-author vcard author"><span class="fn"><span class="author-leading">โดย</span> <a href="/author/admin_ssj/" title="เรื่อง โดย admin_ssj" rel="author">admin_ssj</a></span></span><span class="meta-date date updated">{wp_date(a.published)}</span><span class="meta-category"><a class="news" href="{LIST}">ข่าวประชาสัมพันธ์</a></span></div>
</div></div></div></div></div></div>
<div class="container-wrap" data-midnight="dark" data-remove-post-date="0" data-remove-post-author="0" data-remove-post-comment-number="1"><div class="container main-content"><div class="row">
<div class="post-area col  span_9" role="main">
<article id="post-{a.id}" class="post-{a.id} post type-post status-publish format-standard has-post-thumbnail category-news{"".join(f" tag-{j}" for j in range(len(a.tags)))}">
<div class="inner-wrap"><div class="post-content" data-hide-featured-media="1">
<div class="content-inner">
{text}</div>
</div></div>
</article>
{tags}
<div class="nectar-social fixed visible" data-position="" data-rm-love="0" data-color-override="override"><a href="#" class="nectar-love" id="nectar-love-{a.id}" title="ถูกใจ"> <i class="icon-salient-heart-2"></i><span class="love-text">ถูกใจ</span><span class="total_loves"><span class="nectar-love-count">{a.extra["likes"]}</span></span></a><a class="facebook-share nectar-sharing" href="#" title="แชร์ผ่าน Facebook"> <i class="fa fa-facebook"></i> <span class="social-text">แชร์</span> </a><a class="twitter-share nectar-sharing" href="#" title="ทวีต"> <i class="fa fa-twitter"></i> <span class="social-text">ทวีต</span> </a><a class="linkedin-share nectar-sharing" href="#" title="แชร์ผ่าน LinkedIn"> <i class="fa fa-linkedin"></i> <span class="social-text">แชร์</span> </a></div>
<div id="author-bio" class="" data-has-tags="{"true" if a.tags else "false"}"><div class="span_12"><img alt="" src="/wp-content/uploads/avatar-admin.png" class="avatar avatar-80 photo" height="80" width="80" /><div id="author-info"><h3><span>เขียนโดย</span><a href="/author/admin_ssj/">admin_ssj</a></h3><p>ผู้ดูแลเว็บไซต์ {OFFICE}</p></div><div class="clear"></div></div></div>
<div class="comments-section" data-author-bio="true"><div class="comment-wrap " data-midnight="dark" data-comments-open="true"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ร่วมแสดงความคิดเห็น</h3><p class="must-log-in">{COMMENT_PROMPT.replace("เข้าสู่ระบบ", f'<a href="/wp-login.php?redirect_to={esc(a.path)}">เข้าสู่ระบบ</a>')}</p></div></div></div>
</div>
</div></div></div>
{nav}
<div class="row vc_row-fluid full-width-section related-post-wrap" data-using-post-pagination="true" data-midnight="dark"><div class="row-bg-wrap"><div class="row-bg"></div></div><h3 class="related-title ">{RELATED}</h3><div class="row span_12 blog-recent related-posts columns-3" data-style="material" data-color-scheme="light">{rel}</div></div>"""
        head = f"""<meta name="description" content="{esc(a.paras[0][:150])}" />
<link rel="canonical" href="{a.path}" />
<meta property="og:locale" content="th_TH" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)} - {OFFICE}" />
<meta property="og:url" content="{a.path}" />
<meta property="og:site_name" content="{OFFICE}" />
<meta property="article:published_time" content="{a.published.isoformat()}" />
<meta property="article:modified_time" content="{a.modified.isoformat()}" />
<meta name="author" content="admin_ssj" />
<script type="application/ld+json" class="yoast-schema-graph">{self.jsonld(a)}</script>
<link rel="alternate" type="application/json" href="/wp-json/wp/v2/posts/{a.id}" />
<link rel='shortlink' href='/?p={a.id}' />"""
        return self.shell(
            content,
            a.title,
            f"post-template-default single single-post postid-{a.id} single-format-standard",
            head,
        )

    def protected(self):
        content = f"""<div id="page-header-wrap" data-midnight="light" style="height: 350px;"><div id="page-header-bg" class="not-loaded hentry" data-post-hs="default_minimal" data-height="350"><div class="container"><div class="row"><div class="col span_6 section-title blog-title"><div class="inner-wrap"><a class="news" href="{LIST}">ข่าวประชาสัมพันธ์</a><h1 class="entry-title">ป้องกัน: {esc(DELETED_TITLE)}</h1><div id="single-below-header"><span class="meta-author vcard author"><span class="fn"><span class="author-leading">โดย</span> <a href="/author/admin_ssj/" rel="author">admin_ssj</a></span></span></div></div></div></div></div></div></div>
<div class="container-wrap"><div class="container main-content"><div class="row"><div class="post-area col  span_9" role="main">
<article id="post-{DELETED_ID}" class="post-{DELETED_ID} post type-post status-publish format-standard post-password-required category-news"><div class="inner-wrap"><div class="post-content"><div class="content-inner">
<form action="/wp-login.php?action=postpass" class="post-password-form" method="post"><p>{PROTECTED}</p><p><label for="pwbox-{DELETED_ID}">รหัสผ่าน: <input name="post_password" id="pwbox-{DELETED_ID}" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form>
</div></div></div></article>
</div></div></div></div>"""
        return self.shell(
            content,
            f"ป้องกัน: {DELETED_TITLE}",
            f"post-template-default single single-post postid-{DELETED_ID} single-format-standard",
            '<meta name="robots" content="noindex" />',
        )

    def route(self, path, query, raw_query, base):
        if path in ("/", "/category/news"):
            return 301, {"Location": base + LIST}, b""
        for k in range(len(self.pages)):
            if path == self.page_url(k):
                return self.html_response(self.listing(k))
        if path in (DELETED, DELETED + "/"):
            return self.html_response(self.protected())
        if path.startswith("/archives/"):
            rest = path[len("/archives/") :].rstrip("/")
            if rest.isdigit() and int(rest) in self.by_id:
                return self.html_response(self.article(self.by_id[int(rest)]))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            avg, votes = rating(a)
            must_not = [
                f"จำนวนผู้เข้าชม : {a.views:,} ครั้ง",
                f"เฉลี่ย: {avg}",
                "กำลังโหลด...",
                "admin_ssj",
                "ผู้ดูแลเว็บไซต์",
                "แชร์ผ่าน Facebook",
                "ถูกใจ",
                "เรื่องก่อนหน้า",
                "เรื่องถัดไป",
                RELATED,
                "ร่วมแสดงความคิดเห็น",
                COMMENT_PROMPT,
                "เรื่องล่าสุด",
                SITE_STATS,
                COOKIE,
                FOOTER,
                "แท็ก:",
                "ข้ามไปที่เนื้อหา",
            ]
            if a.extra["dlm"]:
                must_not.append("เอกสารประกอบข่าว (PDF)")
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = SalientSite()

if __name__ == "__main__":
    main(SITE)
