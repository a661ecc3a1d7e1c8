"""Blind-48 red-team site (part A): **WordPress 6.4 + Oxygen Builder 4** (no theme: Oxygen
templates replace it) + Simple Social Buttons + WP Statistics + Related Posts by Taxonomy +
Download Monitor, a provincial energy office, built blind.

What it imitates:
- permalinks `/archives/<post_id>` (the "numeric" setting Thai offices pick to avoid Thai
  slugs); the news page `/news/` is an Oxygen page with an **Easy Posts** element paged
  `/news/page/2/`, `/news/page/3/` (`div.oxy-easy-posts-pages` with `a.page-numbers`);
  generator "WordPress 6.4.3", `/wp-content/plugins/oxygen/component-framework/oxygen.css`,
  `/wp-content/uploads/oxygen/css/*.css`, `body.oxygen-body`, the feed, `wp-json` link;
- Oxygen markup: `header.oxy-header-wrapper` > `div.oxy-header-row` > `nav.oxy-nav-menu`;
  `section.ct-section` > `div.ct-section-inner-wrap`; `div.ct-div-block`; the headline in
  `h1.ct-headline > span.ct-span`; meta rows in `div.ct-text-block` holding `span.ct-span`
  pieces: **the date "5 มีนาคม 2024" (Thai locale, CE year) and, for some posts, the time in a
  separate text block "เวลา 14:20 น."**; no `<time>`, no JSON-LD; "ปรับปรุงล่าสุด" (day only,
  Oxygen's `[oxygen data='modified_date']`, printed for every post);
- **the post content inside `div.ct-text-block.oxy-stock-content-styles > span.ct-span`**
  (paragraphs inside a span, as Oxygen's dynamic "Content" prints it); in the same wrapper
  block (`div.ct-div-block`): the WP Statistics line "ผู้ชม 1,234" (per post), Simple Social
  Buttons (`div.simplesocialbuttons` with share counts "Facebook 12"), "ที่มา:" / "ข่าว/ภาพ :"
  line (some), a Download Monitor link "ดาวน์โหลด … (ดาวน์โหลดแล้ว 57 ครั้ง)" (some: a file
  counter, no view counter), tags "แท็ก:" links, Related Posts by Taxonomy
  (`div.rpbt_shortcode` "ข่าวที่เกี่ยวข้อง"), an Oxygen prev/next block with neighbour titles;
- sidebar column: search, "ข่าวล่าสุด" (titles), WP Statistics site counter; footer; a cookie
  bar (Cookie Notice `#cookie-notice`).
Deleted: `/archives/1507`, linked from page 2: a **password-protected post** (200, headline
"ป้องกัน: …", WordPress's password form, no text).
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS, TZ, BaseSite, esc, expected_record, main, make_articles, paginate
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพลังงานจังหวัดลำปาง"
LIST = "/news/"
PER = 10
DELETED_ID = 1507
SOURCES = [
    ("ที่มา:", "กลุ่มยุทธศาสตร์พลังงาน สำนักงานพลังงานจังหวัดลำปาง"),
    None,
    ("ข่าว/ภาพ :", "สำนักงานประชาสัมพันธ์จังหวัดลำปาง"),
    None,
    ("ที่มา:", "กระทรวงพลังงาน"),
]
TAGS = ["พลังงานทดแทน", "โซลาร์เซลล์", "ประหยัดพลังงาน", "ก๊าซหุงต้ม", "ชุมชน", "ลำปาง"]
RELATED = "ข่าวที่เกี่ยวข้อง"
LATEST = "ข่าวล่าสุด"
COUNTER = "ผู้เข้าชมวันนี้ 214 | ผู้เข้าชมทั้งหมด 306,118"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน อ่านนโยบายความเป็นส่วนตัว"
FOOTER = "สำนักงานพลังงานจังหวัดลำปาง ศาลากลางจังหวัดลำปาง ถนนวชิราวุธดำเนิน ตำบลพระบาท อำเภอเมืองลำปาง 52000 โทร. 0 5426 5020"
SHARE = "แชร์ข่าวนี้"
PASSWORD = "เนื้อหานี้ได้รับการป้องกันด้วยรหัสผ่าน ในการดูเนื้อหา กรุณาใส่รหัสผ่านด้านล่าง:"


def wpdate(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


class OxygenSite(BaseSite):
    key = "b48_wp_oxygen_ssb"
    family = "wordpress"
    imitates = (
        "WordPress 6.4 + Oxygen Builder 4 (no theme) + Simple Social Buttons + WP Statistics + "
        "Related Posts by Taxonomy + Download Monitor + Cookie Notice, provincial energy office; "
        "/archives/<id>; Easy Posts listing /news/, /news/page/N/; headline in "
        "h1.ct-headline > span.ct-span; date 'j F Y' (Thai month, CE year) in a ct-text-block "
        "and the time in a separate block for some posts, no <time>/JSON-LD; modified day for "
        "every post; content inside span.ct-span.oxy-stock-content-styles; per-post 'ผู้ชม N' "
        "(WP Statistics), share counts, file download counts, ที่มา / ข่าว/ภาพ lines, tags, "
        "RPBT related list and prev/next titles in the content block; deleted = "
        "password-protected post"
    )
    listing_path = LIST

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 6, 18, 16, 0, tzinfo=TZ), offset=611
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            a.id = 1530 - i * 2 if 1530 - i * 2 != DELETED_ID else 1501
            a.path = f"/archives/{a.id}"
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["label"] = src[0] if src else ""
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(i % 3)]
            a.views = 37 + (i * 211) % 3100
            a.extra["file"] = i % 4 == 1
            a.extra["image"] = i % 3 == 0
            a.extra["shares"] = (i * 7) % 23
            if not a.modified:
                a.modified = a.published
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        self.pages = paginate(arts, PER)
        self.deleted = f"/archives/{DELETED_ID}"

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}page/{k + 1}/"

    def listing_pages(self):
        return [self.page_url(k) for k in range(len(self.pages))]

    def deleted_paths(self):
        return [self.deleted]

    def related(self, a):
        same = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)]
        return (same or [x for x in self.articles if x is not a])[:4]

    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def shell(self, content, title, body_class):
        latest = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{OFFICE} &raquo; ฟีด" href="/feed/" />
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.4.3' media='all' />
<link rel='stylesheet' id='oxygen-css' href='/wp-content/plugins/oxygen/component-framework/oxygen.css?ver=4.8.1' media='all' />
<link rel='stylesheet' id='ssb-front-css-css' href='/wp-content/plugins/simple-social-buttons/assets/css/front.css?ver=5.1.1' media='all' />
<link rel='stylesheet' id='cookie-notice-front-css' href='/wp-content/plugins/cookie-notice/css/front.min.css?ver=2.4.16' media='all' />
<script src="/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<link rel="https://api.w.org/" href="/wp-json/" />
<meta name="generator" content="WordPress 6.4.3" />
<link rel='stylesheet' id='oxygen-cache-18-css' href='/wp-content/uploads/oxygen/css/18.css?cache=1712025531&#038;ver=6.4.3' media='all' />
<link rel='stylesheet' id='oxygen-universal-styles-css' href='/wp-content/uploads/oxygen/css/universal.css?cache=1712025532&#038;ver=6.4.3' media='all' />
</head>
<body class="{body_class} wp-embed-responsive oxygen-body cookies-not-set">
<header id="_header-2-18" class="oxy-header-wrapper oxy-sticky-header oxy-header">
<div id="_header_row-3-18" class="oxy-header-row"><div class="oxy-header-container">
<div id="_header_left-4-18" class="oxy-header-left"><a id="link-5-18" class="ct-link" href="/"><img id="image-6-18" alt="{OFFICE}" src="/wp-content/uploads/2023/05/logo-lampang-energy.png" class="ct-image"/></a><div id="text_block-7-18" class="ct-text-block">{OFFICE}<br>Lampang Provincial Energy Office</div></div>
<div id="_header_center-8-18" class="oxy-header-center"></div>
<div id="_header_right-9-18" class="oxy-header-right"><nav id="_nav_menu-10-18" class="oxy-nav-menu oxy-nav-menu-dropdowns oxy-nav-menu-dropdown-arrow"><div class='oxy-menu-toggle'><div class='oxy-nav-menu-hamburger-wrap'><div class='oxy-nav-menu-hamburger'><div class='oxy-nav-menu-hamburger-line'></div><div class='oxy-nav-menu-hamburger-line'></div><div class='oxy-nav-menu-hamburger-line'></div></div></div></div><div class="menu-main-menu-container"><ul id="menu-main-menu" class="oxy-nav-menu-list"><li id="menu-item-21" class="menu-item menu-item-type-custom menu-item-home menu-item-21"><a href="/">หน้าหลัก</a></li><li id="menu-item-22" class="menu-item menu-item-has-children menu-item-22"><a href="/about/">เกี่ยวกับเรา</a><ul class="sub-menu"><li class="menu-item"><a href="/about/vision/">วิสัยทัศน์ พันธกิจ</a></li><li class="menu-item"><a href="/about/structure/">โครงสร้างองค์กร</a></li></ul></li><li id="menu-item-23" class="menu-item current-menu-item menu-item-23"><a href="{LIST}">ข่าวประชาสัมพันธ์</a></li><li id="menu-item-24" class="menu-item menu-item-24"><a href="/procurement/">จัดซื้อจัดจ้าง</a></li><li id="menu-item-25" class="menu-item menu-item-25"><a href="/ita/">ITA</a></li><li id="menu-item-26" class="menu-item menu-item-26"><a href="/contact/">ติดต่อเรา</a></li></ul></div></nav></div>
</div></div>
</header>
<section id="section-12-18" class=" ct-section"><div class="ct-section-inner-wrap">
<div id="new_columns-13-18" class="ct-new-columns">
<div id="div_block-14-18" class="ct-div-block">
{content}
</div>
<div id="div_block-40-18" class="ct-div-block sidebar-col">
<div id="widgets-41-18" class="ct-widget"><div class="widget widget_search"><form role="search" method="get" id="searchform" class="searchform" action="/"><label class="screen-reader-text" for="s">ค้นหาสำหรับ:</label><input type="text" value="" name="s" id="s" /><input type="submit" id="searchsubmit" value="ค้นหา" /></form></div></div>
<div id="widgets-42-18" class="ct-widget"><div class="widget widget_recent_entries"><h2 class="widgettitle">{LATEST}</h2><ul>{latest}</ul></div></div>
<div id="widgets-43-18" class="ct-widget"><div class="widget widget_wp_statistics_widget"><h2 class="widgettitle">สถิติผู้เข้าชม</h2><ul><li><label>{COUNTER}</label></li></ul></div></div>
</div>
</div>
</div></section>
<section id="section-60-18" class=" ct-section footer-section"><div class="ct-section-inner-wrap"><div id="text_block-61-18" class="ct-text-block">{FOOTER}</div><div id="text_block-62-18" class="ct-text-block">Copyright © 2567 {OFFICE} All rights reserved.</div></div></section>
<div id="cookie-notice" role="dialog" class="cookie-notice-hidden cookie-revoke-hidden cn-position-bottom" aria-label="Cookie Notice"><div class="cookie-notice-container"><span id="cn-notice-text" class="cn-text-container">{COOKIE}</span><span id="cn-notice-buttons" class="cn-buttons-container"><a href="#" id="cn-accept-cookie" data-cookie-set="accept" class="cn-set-cookie cn-button" aria-label="ยอมรับ">ยอมรับ</a></span></div></div>
<script type="text/javascript" id="ct-footer-js"></script>
</body>
</html>"""

    def listing(self, k):
        posts = []
        for a in self.pages[k]:
            posts.append(
                self.post_card(
                    a.path, a.title, wpdate(a.published), a.paras[0][:160] + " […]", a.id
                )
            )
        if k == 1:
            posts.insert(
                3,
                self.post_card(
                    self.deleted,
                    "ป้องกัน: ผลการคัดเลือกชุมชนต้นแบบด้านพลังงาน ประจำปี 2567",
                    "3 เมษายน 2024",
                    "ไม่มีข้อความตัดตอนเนื่องจากเป็นเรื่องที่ได้รับการป้องกัน",
                    DELETED_ID,
                ),
            )
        n = len(self.pages)
        pages = []
        if k:
            pages.append(
                f'<a class="prev page-numbers" href="{self.page_url(k - 1)}">&laquo; ก่อนหน้า</a>'
            )
        for m in range(n):
            if m == k:
                pages.append(
                    f'<span aria-current="page" class="page-numbers current">{m + 1}</span>'
                )
            else:
                pages.append(f'<a class="page-numbers" href="{self.page_url(m)}">{m + 1}</a>')
        if k < n - 1:
            pages.append(
                f'<a class="next page-numbers" href="{self.page_url(k + 1)}">ถัดไป &raquo;</a>'
            )
        content = f"""<h1 id="headline-15-30" class="ct-headline">ข่าวประชาสัมพันธ์</h1>
<div id="_posts-16-30" class="oxy-easy-posts oxy-posts-grid"><div class="oxy-posts">
{"".join(posts)}
</div>
<div class="oxy-easy-posts-pages">{"".join(pages)}</div>
</div>"""
        cls = "page-template-default page page-id-30" + (" paged" if k else "")
        title = f"ข่าวประชาสัมพันธ์ – {OFFICE}" if not k else f"ข่าวประชาสัมพันธ์ – หน้า {k + 1} – {OFFICE}"
        return self.shell(content, title, cls)

    @staticmethod
    def post_card(path, title, date, excerpt, pid):
        return f"""<div class="oxy-post">
<a class="oxy-post-image" href="{path}"><div class="oxy-post-image-fixed-ratio" style="background-image: url(/wp-content/uploads/2024/0{pid % 6 + 1}/news-{pid}-768x512.jpg);"></div></a>
<a class="oxy-post-title" href="{path}">{esc(title)}</a>
<div class="oxy-post-meta"><div class="oxy-post-meta-date oxy-post-meta-item">{date}</div><div class="oxy-post-meta-comments oxy-post-meta-item"><a href="{path}#respond">ไม่มีความเห็น</a></div></div>
<div class="oxy-post-content"><p>{esc(excerpt)}</p></div>
<a href="{path}" class="oxy-read-more">อ่านต่อ</a>
</div>"""

    def article(self, a):
        p = a.published
        paras = [f"<p>{esc(x)}</p>" for x in a.paras]
        if a.extra["image"]:
            paras.insert(
                1,
                f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" src="/wp-content/uploads/2024/0{a.id % 6 + 1}/IMG_{a.id}-1024x683.jpg" alt="" class="wp-image-{a.id + 1}"/></figure>',
            )
        if a.source:
            paras.append(f"<p><strong>{a.extra['label']}</strong> {esc(a.source)}</p>")
        dl = ""
        if a.extra["file"]:
            dl = f'<p><a class="download-link" title="เวอร์ชัน 1.0" href="/download/{a.id + 3}/" rel="nofollow">ดาวน์โหลด เอกสารประกอบข่าว-{a.id}.pdf (ดาวน์โหลดแล้ว {a.views // 9 + 3} ครั้ง)</a></p>'
        time_block = (
            f'<div id="text_block-21-25" class="ct-text-block post-time">เวลา <span id="span-22-25" class="ct-span">{p:%H:%M}</span> น.</div>'
            if a.time_printed
            else ""
        )
        url = f"https://www.lampang-energy.go.th{a.path}"
        sh = a.extra["shares"]
        share = f"""<div class="simplesocialbuttons simplesocial-round-icon simplesocialbuttons_inline simplesocialbuttons-align-left post-{a.id} post type-post ssb_counter-activate"><span class="ssb_inline-share_heading left">{SHARE}</span>
<button class="simplesocial-fb-share" rel="nofollow" target="_blank" aria-label="Facebook Share" data-href="https://www.facebook.com/sharer/sharer.php?u={esc(url)}" onClick="javascript:window.open(this.dataset.href, '', 'menubar=no,toolbar=no,resizable=yes,scrollbars=yes,height=600,width=600');return false;"><span class="simplesocialtxt">Facebook </span><span class="ssb_counter ssb_fbshare_counter">{sh}</span></button>
<button class="simplesocial-twt-share" rel="nofollow" target="_blank" aria-label="Twitter Share" data-href="https://twitter.com/intent/tweet?text={esc(a.title[:50])}&url={esc(url)}"><span class="simplesocialtxt">Twitter</span></button>
<button class="simplesocial-linkedin-share" rel="nofollow" aria-label="LinkedIn Share" data-href="https://www.linkedin.com/sharing/share-offsite/?url={esc(url)}"><span class="simplesocialtxt">LinkedIn</span></button>
<button class="simplesocial-line-share" rel="nofollow" aria-label="Line Share" data-href="https://social-plugins.line.me/lineit/share?url={esc(url)}"><span class="simplesocialtxt">Line</span></button>
<div class="simplesocialbuttons-mobile-share"></div></div>"""
        tags = ""
        if a.tags:
            tags = (
                '<div id="text_block-30-25" class="ct-text-block post-tags">แท็ก: <span id="span-31-25" class="ct-span">'
                + ", ".join(
                    f'<a href="/tag/{TAGS.index(t) + 7}/" rel="tag">{esc(t)}</a>' for t in a.tags
                )
                + "</span></div>"
            )
        rel = "".join(
            f'<li><a href="{r.path}" title="{esc(r.title)}">{esc(r.title)}</a> <span class="rpbt-date">{wpdate(r.published)}</span></li>'
            for r in self.related(a)
        )
        older, newer = self.neighbours(a)
        nav = ""
        if older:
            nav += f'<div id="div_block-34-25" class="ct-div-block nav-prev"><div class="ct-text-block">« ข่าวก่อนหน้า</div><a id="link_text-35-25" class="ct-link-text" href="{older.path}">{esc(older.title)}</a></div>'
        if newer:
            nav += f'<div id="div_block-36-25" class="ct-div-block nav-next"><div class="ct-text-block">ข่าวถัดไป »</div><a id="link_text-37-25" class="ct-link-text" href="{newer.path}">{esc(newer.title)}</a></div>'
        content = f"""<div id="div_block-16-25" class="ct-div-block breadcrumb-row"><div id="shortcode-17-25" class="ct-shortcode"><nav aria-label="breadcrumbs" class="rank-math-breadcrumb"><p><a href="/">หน้าหลัก</a><span class="separator"> &raquo; </span><a href="{LIST}">ข่าวประชาสัมพันธ์</a></p></nav></div></div>
<h1 id="headline-18-25" class="ct-headline"><span id="span-19-25" class="ct-span">{esc(a.title)}</span></h1>
<div id="div_block-20-25" class="ct-div-block post-meta-row">
<div id="text_block-20-26" class="ct-text-block post-date">วันที่ <span id="span-20-27" class="ct-span">{wpdate(p)}</span></div>
{time_block}
<div id="text_block-23-25" class="ct-text-block post-author">โดย <span id="span-24-25" class="ct-span">admin_lpg</span></div>
<div id="text_block-25-25" class="ct-text-block post-views">ผู้ชม <span id="span-26-25" class="ct-span">{a.views:,}</span></div>
</div>
<div id="div_block-27-25" class="ct-div-block post-content-wrap">
<div id="text_block-28-25" class="ct-text-block oxy-stock-content-styles"><span id="span-29-25" class="ct-span oxy-stock-content-styles">{"".join(paras)}{dl}{share}</span></div>
<div id="text_block-29-25" class="ct-text-block post-modified">ปรับปรุงล่าสุด <span id="span-29-26" class="ct-span">{wpdate(a.modified)}</span></div>
{tags}
<div id="shortcode-32-25" class="ct-shortcode"><div class="rpbt_shortcode">
<h3>{RELATED}</h3>
<ul>{rel}</ul>
</div></div>
<div id="div_block-33-25" class="ct-div-block post-nav">{nav}</div>
<div id="text_block-38-25" class="ct-text-block comment-login">ท่านต้อง <a href="/wp-login.php?redirect_to={a.path}">เข้าสู่ระบบ</a> เพื่อแสดงความคิดเห็น</div>
</div>"""
        cls = f"post-template-default single single-post postid-{a.id} single-format-standard"
        return self.shell(content, f"{a.title} – {OFFICE}", cls)

    def protected(self):
        content = f"""<h1 id="headline-18-25" class="ct-headline"><span id="span-19-25" class="ct-span">ป้องกัน: ผลการคัดเลือกชุมชนต้นแบบด้านพลังงาน ประจำปี 2567</span></h1>
<div id="div_block-27-25" class="ct-div-block post-content-wrap"><div id="text_block-28-25" class="ct-text-block oxy-stock-content-styles"><span id="span-29-25" class="ct-span oxy-stock-content-styles"><form action="/wp-login.php?action=postpass" class="post-password-form" method="post"><p>{PASSWORD}</p><p><label for="pwbox-{DELETED_ID}">รหัสผ่าน: <input name="post_password" id="pwbox-{DELETED_ID}" type="password" spellcheck="false" size="20" /></label> <input type="submit" name="Submit" value="ส่ง" /></p></form></span></div></div>"""
        cls = f"post-template-default single single-post postid-{DELETED_ID} single-format-standard post-password-required"
        return self.shell(
            content, f"ป้องกัน: ผลการคัดเลือกชุมชนต้นแบบด้านพลังงาน ประจำปี 2567 – {OFFICE}", cls
        )

    def route(self, path, query, raw_query, base):
        if path == "/":
            return 301, {"Location": base + LIST}, b""
        for k in range(len(self.pages)):
            if path == self.page_url(k) or (k and path == self.page_url(k).rstrip("/")):
                return self.html_response(self.listing(k))
        if path.rstrip("/") == self.deleted:
            return self.html_response(self.protected())
        a = self.by_path.get(path.rstrip("/"))
        if a:
            return self.html_response(self.article(a))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                f"ผู้ชม {a.views:,}",
                f"ปรับปรุงล่าสุด {wpdate(a.modified)}",
                "admin_lpg",
                SHARE,
                "Facebook",
                RELATED,
                LATEST,
                COUNTER,
                COOKIE,
                FOOTER,
                "เพื่อแสดงความคิดเห็น",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "Lampang Provincial Energy Office",
            ]
            if a.extra["file"]:
                must_not.append(f"ดาวน์โหลดแล้ว {a.views // 9 + 3} ครั้ง")
            must_not += [x.title for x in self.neighbours(a) if x]
            must_not += [x.title for x in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            out.append(expected_record(a, modified_time=False, must_not=must_not))
        return out


SITE = OxygenSite()

if __name__ == "__main__":
    main(SITE)
