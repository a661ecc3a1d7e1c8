"""Blind-7 red-team site: WordPress 6 + the Soledad theme (PenciDesign) of a provincial
tourism and sports office, with Yoast SEO, built blind.

What it imitates:
- WordPress's Thai slugs (lower-case percent-encoding in hrefs): `/%year%/%monthnum%/%day%/%postname%/` where `sanitize_title` keeps
  the Thai letters, drops punctuation and cuts the slug so that its *percent-encoded* form fits
  200 characters (about 22 Thai characters); hrefs are percent-encoded;
- the category archive `/category/ข่าวกิจกรรม/`, `/category/ข่าวกิจกรรม/page/N/` (Soledad's
  `div.penci-pagination.align-left` with `ul.page-numbers`, "‹" / "›" icons only);
- Soledad's single: `div.penci-single-block`, `header.header-standard.single-header` with
  `div.penci-standard-cat` category links, `h1.post-title.single-post-title.entry-title`,
  `div.post-box-meta-single`: `span.author-post.byline` "เขียนโดย", `time.entry-date.published`
  "15 ก.พ. 2024" (WordPress `j M Y` with the Thai translation: abbreviated Thai month, *CE*,
  `datetime` with +07:00), "อ่าน 3 นาที", "1,234 การดู" (Soledad's post-views);
- `div.post-entry > div.inner-post-entry.entry-content` with paragraphs, an in-content ad
  (`div.penci-ads-single-inline`), and the "ข่าว :" sign-off; `div.penci-post-tags` ("แท็ก");
  `div.tags-share-box` with "แชร์" icons and "0 ความคิดเห็น"; `div.post-pagination` with
  "โพสต์ก่อนหน้า" / "โพสต์ถัดไป" and neighbour titles; author box; `div.post-related` "คุณอาจ
  ชอบ"; comment form "ใส่ความเห็น";
- Yoast `yoast-schema-graph` JSON-LD (`datePublished` / `dateModified` in UTC `+00:00` for every
  post; modified = published when never edited); no visible modified date;
- sidebar "ข่าวล่าสุด" (`penci-latest-news-widget` with dates), Facebook page plugin, "สถิติ
  ผู้เข้าชม";
- the deleted post: Soledad's 404 content served with 200 by a page cache ("ขออภัย
  ไม่พบหน้าที่คุณต้องการ").
"""

from __future__ import annotations

import datetime as dt
import json
import re
from urllib.parse import quote, unquote

from ._common import MONTHS_ABBR, BaseSite, esc, expected_record, main, paginate
from .b7_common import build, neighbours, on_page

SITE_NAME = "สำนักงานการท่องเที่ยวและกีฬาจังหวัดน่าน"
SOURCES = [None, "สำนักงานการท่องเที่ยวและกีฬาจังหวัดน่าน", None, "กลุ่มงานส่งเสริมการท่องเที่ยว"]
PER_PAGE = 9
CAT = "/category/ข่าวกิจกรรม/"
DELETED = "/2024/01/19/ประกาศปิดสนามกีฬากลางชั่วคราว/"
UTC = dt.UTC


def wp_slug(title: str) -> str:
    """sanitize_title: punctuation dropped, spaces to '-', cut so the encoded slug fits 200."""
    s = re.sub(r"[\"'“”‘’!?,.:;()\[\]/\\–—%&]+", "", title.lower())
    s = re.sub(r"\s+", "-", s.strip())
    out = ""
    for ch in s:
        if len(quote(out + ch)) > 200:
            break
        out += ch
    return out.strip("-")


def q(path: str) -> str:
    """WordPress prints percent-encoded slugs in lower-case hex."""
    return re.sub(r"%[0-9A-F]{2}", lambda m: m.group(0).lower(), quote(path))


def jmy(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {d.year}"


class SoledadSite(BaseSite):
    key = "b7_wp_soledad"
    family = "wordpress"
    imitates = "WordPress 6 + Soledad + Yoast: Thai slugs cut to 200 encoded chars /2024/02/15/<slug>/, /category/ข่าวกิจกรรม/page/N/, time.entry-date '15 ก.พ. 2024' (j M Y, CE) with datetime, 'อ่าน 3 นาที', '1,234 การดู', in-content ad, 'ข่าว :' sign-off, tags/share/prev-next/related outside, Yoast graph in UTC"
    listing_path = CAT

    def __init__(self):
        self.articles = build(
            self.key, 20, 23, SOURCES, dt.datetime(2024, 2, 27, 16, 0), first_id=2100, step=7
        )
        for a in self.articles:
            d = a.published
            a.path = f"/{d.year}/{d.month:02d}/{d.day:02d}/{wp_slug(a.title)}/"
            a.time_printed = True
        self.by_path = {a.path: a for a in self.articles}
        assert len(self.by_path) == len(self.articles) and DELETED not in self.by_path
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [CAT] + [f"{CAT}page/{k + 1}/" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def related(self, a):
        i = self.articles.index(a)
        return self.articles[i + 2 : i + 5] or self.articles[:3]

    def minutes(self, a):
        return max(1, sum(len(p) for p in a.paras) // 750)

    def time(self, a):
        return f'<time class="entry-date published" datetime="{a.published.isoformat()}">{jmy(a.published)}</time>'

    def shell(self, base, title, main_html, body_class, head_extra=""):
        latest = "".join(
            f'<li class="penci-feed"><div class="side-item"><div class="side-image"><a class="penci-image-holder penci-lazy small-fix-size" href="{base}{q(x.path)}" title="{esc(x.title)}"></a></div><div class="side-item-text"><h4 class="side-title-post"><a href="{base}{q(x.path)}" rel="bookmark" title="{esc(x.title)}">{esc(x.title)}</a></h4><span class="side-item-meta">{self.time(x)}</span></div></div></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="profile" href="http://gmpg.org/xfn/11" />
<title>{esc(title)} - {SITE_NAME}</title>
{head_extra}
<link rel='stylesheet' id='penci-main-style-css' href='{base}/wp-content/themes/soledad/main.css?ver=8.4.2' type='text/css' media='all' />
<meta name="generator" content="WordPress 6.4.3" />
<meta name="generator" content="Soledad 8.4.2" />
</head>
<body class="{body_class} soledad-ver-8-4-2 pclight-mode pcmn-drdw-style-slide_down">
<div class="wrapper-boxed header-style-header-1">
<div class="penci-header-wrap"><header id="header" class="header-header-1 has-bottom-line" itemscope="itemscope" itemtype="https://schema.org/WPHeader">
<div class="inner-header penci-header-second"><div class="container"><div id="logo"><a href="{base}/"><img class="penci-mainlogo penci-limg" src="{base}/wp-content/uploads/2022/03/logo-nan-tourism.png" alt="{SITE_NAME}" width="600" height="120"></a></div></div></div>
<nav id="navigation" class="header-layout-bottom header-1 menu-style-1" role="navigation" itemscope itemtype="https://schema.org/SiteNavigationElement"><div class="container"><ul id="menu-main" class="menu"><li class="menu-item"><a href="{base}/">หน้าแรก</a></li><li class="menu-item current-menu-item"><a href="{base}{q(CAT)}">ข่าวกิจกรรม</a></li><li class="menu-item"><a href="{base}/category/%e0%b8%97%e0%b9%88%e0%b8%ad%e0%b8%87%e0%b9%80%e0%b8%97%e0%b8%b5%e0%b9%88%e0%b8%a2%e0%b8%a7/">ท่องเที่ยว</a></li><li class="menu-item"><a href="{base}/contact/">ติดต่อเรา</a></li></ul><div id="top-search" class="penci-top-search pcheader-icon top-search-classes"><a class="search-click" aria-label="Search"><i class="penciicon-magnifiying-glass"></i></a></div></div></nav>
</header></div>
<div class="container container-single penci_sidebar right-sidebar">
<div id="main" class="penci-main-sticky-sidebar"><div class="theiaStickySidebar">
{main_html}
</div></div>
<div id="sidebar" class="penci-sidebar-right penci-sidebar-content style-1 pcalign-left pciconp-right pcicon-right penci-sticky-sidebar"><div class="theiaStickySidebar">
<aside id="penci_latest_news_widget-2" class="widget penci_latest_news_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">ข่าวล่าสุด</span></h3><ul id="penci-latestwg-1" class="side-newsfeed">{latest}</ul></aside>
<aside id="penci_facebook_widget-2" class="widget penci_facebook_widget"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">ติดตามเรา</span></h3><div class="fb-page" data-href="https://www.facebook.com/nantourismsport" data-height="290" data-small-header="false" data-hide-cover="false" data-show-facepile="true"></div></aside>
<aside id="custom_html-4" class="widget_text widget widget_custom_html"><h3 class="widget-title penci-border-arrow"><span class="inner-arrow">สถิติผู้เข้าชม</span></h3><div class="textwidget custom-html-widget">วันนี้ 96 คน<br>ทั้งหมด 120,554 คน</div></aside>
</div></div>
</div>
<div class="clear-footer"></div>
<footer id="footer-section" class="penci-footer-social-media penci-lazy footer-social-remove-radius" itemscope itemtype="https://schema.org/WPFooter"><div class="container"><div class="footer-logo-copyright footer-not-logo"><div id="footer-copyright"><p>{SITE_NAME} ศาลากลางจังหวัดน่าน ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000</p></div><div class="go-to-top-parent"><a href="#" class="go-to-top"><span><i class="penciicon-up-arrow"></i><br>กลับขึ้นด้านบน</span></a></div></div></div></footer>
</div>
<script type="text/javascript" src="{base}/wp-content/themes/soledad/js/main.js?ver=8.4.2" id="main-scripts-js"></script>
</body>
</html>
"""

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        items = []
        for k, a in enumerate(self.pages[n]):
            items.append(
                f"""<li class="list-post penci-item-listp"><article id="post-{a.id}" class="item hentry"><div class="thumbnail"><a class="penci-image-holder penci-lazy" data-bgset="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr{a.id}-585x390.jpg" href="{base}{q(a.path)}" title="{esc(a.title)}"></a></div><div class="content-list-right content-list-center"><div class="header-list-style"><span class="cat"><a class="penci-cat-name penci-cat-3" href="{base}{q(CAT)}" rel="category tag"><span>ข่าวกิจกรรม</span></a></span><h2 class="penci-entry-title entry-title grid-title"><a href="{base}{q(a.path)}">{esc(a.title)}</a></h2><div class="grid-post-box-meta"><span class="otherl-date">{self.time(a)}</span><span class="otherl-readtime">อ่าน {self.minutes(a)} นาที</span></div></div><div class="item-content entry-content"><p>{esc(a.paras[0][:160])}&#8230;</p></div></div></article></li>"""
            )
            if n == 1 and k == 4:
                items.append(
                    f"""<li class="list-post penci-item-listp"><article id="post-2101" class="item hentry"><div class="content-list-right content-list-center"><div class="header-list-style"><h2 class="penci-entry-title entry-title grid-title"><a href="{base}{q(DELETED)}">ประกาศปิดสนามกีฬากลางชั่วคราว</a></h2><div class="grid-post-box-meta"><span class="otherl-date"><time class="entry-date published" datetime="2024-01-19T09:00:00+07:00">19 ม.ค. 2024</time></span></div></div></div></article></li>"""
                )

        def href(k):
            return f"{base}{q(CAT)}" if k == 0 else f"{base}{q(CAT)}page/{k + 1}/"

        last = len(self.pages) - 1
        nums = []
        if n > 0:
            nums.append(
                f'<li><a class="prev page-numbers" href="{href(n - 1)}"><i class="penci-faicon fa fa-angle-left"></i></a></li>'
            )
        for k in range(last + 1):
            nums.append(
                f'<li><span aria-current="page" class="page-numbers current">{k + 1}</span></li>'
                if k == n
                else f'<li><a class="page-numbers" href="{href(k)}">{k + 1}</a></li>'
            )
        if n < last:
            nums.append(
                f'<li><a class="next page-numbers" href="{href(n + 1)}"><i class="penci-faicon fa fa-angle-right"></i></a></li>'
            )
        main_html = f"""<div class="archive-box"><div class="title-bar"><span>หมวดหมู่: </span><h1>ข่าวกิจกรรม</h1></div></div>
<ul class="penci-wrapper-data penci-grid">{"".join(items)}</ul>
<div class="penci-pagination align-left"><ul class='page-numbers'>{"".join(nums)}</ul></div>"""
        return self.html_response(
            self.shell(base, "ข่าวกิจกรรม", main_html, "archive category category-3")
        )

    def detail(self, base, a):
        older, newer = neighbours(self.articles, a)
        u = f"{base}{q(a.path)}"
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        paras.insert(
            2,
            '<div class="penci-google-adsense-1 penci-ads-single-inline"><script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script><ins class="adsbygoogle" style="display:block; text-align:center;" data-ad-layout="in-article" data-ad-format="fluid"></ins><span class="penci-ads-label">โฆษณา</span></div>',
        )
        if a.source:
            paras.append(f"<p><strong>ข่าว : {esc(a.source)}</strong></p>")
        tags = ""
        if a.tags:
            tags = (
                '<div class="post-tags">'
                + "".join(f'<a href="{base}/tag/{q(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</div>"
            )
        nav = ""
        if older:
            nav += f'<div class="prev-post"><div class="prev-post-inner"><div class="prev-post-title"><span>โพสต์ก่อนหน้า</span></div><a href="{base}{q(older.path)}"><div class="pagi-text"><h5 class="prev-title">{esc(older.title)}</h5></div></a></div></div>'
        if newer:
            nav += f'<div class="next-post"><div class="next-post-inner"><div class="prev-post-title next-post-title"><span>โพสต์ถัดไป</span></div><a href="{base}{q(newer.path)}"><div class="pagi-text"><h5 class="next-title">{esc(newer.title)}</h5></div></a></div></div>'
        rel = "".join(
            f'<div class="item-related"><a class="related-thumb penci-image-holder penci-lazy" href="{base}{q(x.path)}" title="{esc(x.title)}"></a><h3><a href="{base}{q(x.path)}">{esc(x.title)}</a></h3><span class="date">{self.time(x)}</span></div>'
            for x in self.related(a)
        )
        graph = {
            "@context": "https://schema.org",
            "@graph": [
                {
                    "@type": "Article",
                    "@id": f"{u}#article",
                    "isPartOf": {"@id": u},
                    "author": {"name": "admin_nan", "@id": f"{base}/#/schema/person/1a2b"},
                    "headline": a.title[:110],
                    "datePublished": a.published.astimezone(UTC).isoformat(),
                    "dateModified": (a.modified or a.published).astimezone(UTC).isoformat(),
                    "mainEntityOfPage": {"@id": u},
                    "publisher": {"@id": f"{base}/#organization"},
                    "articleSection": ["ข่าวกิจกรรม"],
                    "inLanguage": "th",
                },
                {
                    "@type": "WebPage",
                    "@id": u,
                    "url": u,
                    "name": f"{a.title} - {SITE_NAME}",
                    "datePublished": a.published.astimezone(UTC).isoformat(),
                    "dateModified": (a.modified or a.published).astimezone(UTC).isoformat(),
                    "inLanguage": "th",
                },
            ],
        }
        head = f"""<meta property="og:locale" content="th_TH" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:url" content="{u}" />
<meta property="article:published_time" content="{a.published.astimezone(UTC).isoformat()}" />
{f'<meta property="article:modified_time" content="{a.modified.astimezone(UTC).isoformat()}" />' if a.modified else ""}
<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>"""
        main_html = f"""<article id="post-{a.id}" class="post type-post status-publish">
<div class="penci-single-block">
<div class="header-standard header-classic single-header">
<div class="penci-standard-cat"><span class="cat"><a class="penci-cat-name penci-cat-3" href="{base}{q(CAT)}" rel="category tag"><span>ข่าวกิจกรรม</span></a></span></div>
<h1 class="post-title single-post-title entry-title">{esc(a.title)}</h1>
<div class="penci-hide-tagupdated"><span class="author-italic author vcard">โดย <a class="author-url url fn n" href="{base}/author/admin_nan/">admin_nan</a></span></div>
<div class="post-box-meta-single"><span class="author-post byline"><span class="author vcard">เขียนโดย <a class="author-url url fn n" href="{base}/author/admin_nan/">admin_nan</a></span></span><span>{self.time(a)}</span><span class="single-readtime">อ่าน {self.minutes(a)} นาที</span><span><i class="penci-faicon fa fa-eye"></i> {a.views:,} การดู</span></div>
</div>
<div class="post-image"><a href="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr{a.id}.jpg" data-rel="penci-gallery-image-content"><img class="attachment-penci-full-thumb size-penci-full-thumb penci-lazy wp-post-image" width="1170" height="780" src="{base}/wp-content/uploads/{a.published.year}/{a.published.month:02d}/pr{a.id}.jpg" alt="" title="pr{a.id}"></a></div>
<div class="post-entry blockquote-style-1">
<div class="inner-post-entry entry-content" id="penci-post-entry-inner">
{chr(10).join(paras)}
<div class="penci-single-link-pages"></div>
<div class="penci-post-tags">{tags}</div>
</div>
</div>
<div class="tags-share-box single-post-share tags-share-box-s1 hide-tags page-share"><div class="post-share"><span class="post-share-item post-share-plike"><span class="count-number-like">0</span><a href="#" aria-label="ถูกใจโพสต์นี้" class="penci-post-like single-like-button" data-post_id="{a.id}" title="ถูกใจ"><i class="penci-faicon fa fa-heart-o"></i></a></span><div class="list-posts-share"><span class="share-title">แชร์</span><a class="post-share-item post-share-facebook" aria-label="Share on Facebook" target="_blank" rel="noreferrer" href="https://www.facebook.com/sharer/sharer.php?u={u}"><i class="penci-faicon fa fa-facebook"></i><span class="dt-share">Facebook</span></a><a class="post-share-item post-share-line" aria-label="Share on Line" target="_blank" rel="noreferrer" href="https://social-plugins.line.me/lineit/share?url={u}"><i class="penci-faicon fa fa-line"></i><span class="dt-share">Line</span></a></div><span class="post-share-item post-comment-count"><a href="{u}#respond">0 ความคิดเห็น</a></span></div></div>
<div class="post-author"><div class="author-img"><img alt="" src="https://secure.gravatar.com/avatar/9f?s=100&amp;d=mm&amp;r=g" class="avatar avatar-100 photo" height="100" width="100"></div><div class="author-content"><h5><a href="{base}/author/admin_nan/" title="เขียนโดย admin_nan" rel="author">admin_nan</a></h5><p>งานประชาสัมพันธ์ {SITE_NAME}</p></div></div>
<div class="post-pagination">{nav}</div>
<div class="post-related"><div class="post-title-box"><h4 class="post-box-title">คุณอาจชอบ</h4></div><div class="penci-owl-carousel penci-owl-carousel-slider penci-related-carousel">{rel}</div></div>
<div class="post-comments no-comment-yet penci-comments-hide-0" id="comments"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title"><span>ใส่ความเห็น</span></h3><form action="{base}/wp-comments-post.php" method="post" id="commentform" class="comment-form"><p class="comment-form-comment"><textarea id="comment" name="comment" cols="45" rows="8" placeholder="ความคิดเห็นของคุณ" aria-required="true"></textarea></p><p class="form-submit"><input name="submit" type="submit" id="submit" class="submit" value="ส่งความคิดเห็น" /></p></form></div></div>
</div>
</article>"""
        return self.html_response(
            self.shell(
                base,
                a.title,
                main_html,
                f"post-template-default single single-post postid-{a.id} single-format-standard",
                head,
            )
        )

    def deleted(self, base):
        main_html = f"""<div class="error-404"><div class="error-image"></div><p class="sub-heading-text-404">ขออภัย ไม่พบหน้าที่คุณต้องการ</p><p class="error-404-desc">หน้าที่คุณค้นหาอาจถูกลบ เปลี่ยนชื่อ หรือไม่พร้อมใช้งานชั่วคราว</p><div class="get-back-home"><a href="{base}/">กลับหน้าแรก</a></div></div>"""
        return self.html_response(self.shell(base, "ไม่พบหน้า", main_html, "error404"))

    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path == "/":
            return 301, {"Location": base + quote(CAT)}, b""
        if path == CAT:
            return self.listing(base, 0)
        if path.startswith(CAT + "page/"):
            seg = path[len(CAT + "page/") :].strip("/")
            return self.listing(base, int(seg) - 1) if seg.isdigit() and seg != "1" else None
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "เขียนโดย",
                "admin_nan",
                "การดู",
                "โฆษณา",
                "แชร์",
                "ความคิดเห็น",
                "โพสต์ก่อนหน้า",
                "โพสต์ถัดไป",
                "คุณอาจชอบ",
                "ใส่ความเห็น",
                "สถิติผู้เข้าชม",
            ] + [x.title for x in self.related(a) + [older, newer] if x]
            rec = expected_record(a, published_time=True, must_not=on_page(self, a, must_not))
            if rec["modified_at"] is None:  # Yoast prints dateModified for every post
                rec["modified_at"] = rec["published_at"]
            out.append(rec)
        return out


SITE = SoledadSite()

if __name__ == "__main__":
    main(SITE)
