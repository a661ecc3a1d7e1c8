"""Blind-12 red-team site: TYPO3 12 LTS + Bootstrap Package + the `news` extension (tx_news)
of a provincial community development office (สำนักงานพัฒนาชุมชนจังหวัดเชียงราย), built blind.

What it imitates:
- no route enhancers: the list page `/news` paginates with
  `?tx_news_pi1[currentPage]=N&cHash=<md5>` (percent-encoded brackets, `&amp;`), the
  detail page `/news/detail?tx_news_pi1[action]=detail&tx_news_pi1[controller]=News&tx_news_pi1[news]=N&cHash=…`;
- the **same `<title>`** on every page ("ข่าวประชาสัมพันธ์: สำนักงาน…": the site's copied
  Detail.html has no `n:titleTag`), a header content element `h1.element-header`
  "รายละเอียดข่าว" above the plugin, the headline only in tx_news's `div.header > h3`;
- `settings.detail.showPrevNext`: a `ul.pager` with the previous / next **titles above the
  headline**;
- the date in tx_news's untranslated English `dateFormat` "%m/%d/%Y": "02/16/2024"
  (**month first, CE**) inside `time[datetime=2024-02-16]` (date only, no time anywhere);
  category, tags as plain words in `span.news-list-tags`, "Created by" author;
- the media partial with a caption ("ภาพ : …") before `div.news-text-wrap`, whose last
  line is "เรียบเรียง : …" for some; "ย้อนกลับ", Shariff "แชร์" buttons, "ข่าวที่เกี่ยวข้อง"
  (dated titles) and "ไฟล์ที่เกี่ยวข้อง" (a PDF with size) after it;
- a right column "ข่าวล่าสุด" (latest titles) and "สถิติการเข้าชม", a cookie consent bar;
- the hidden record's detail URL renders the Detail template's empty `f:else`: the header
  element and an empty `div.news-single` (200).
"""

from __future__ import annotations

import datetime as dt
import hashlib

from ._common import esc, main
from .b12_common import B9Site, build, href, neighbours, record, us_mdy

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดเชียงราย"
TITLE = f"ข่าวประชาสัมพันธ์: {OFFICE}"
SOURCES = [
    None,
    "กลุ่มงานส่งเสริมการพัฒนาชุมชน",
    None,
    "ฝ่ายอำนวยการ สำนักงานพัฒนาชุมชนจังหวัดเชียงราย",
    None,
    None,
]
CATEGORY = "ข่าวกิจกรรม"
DELETED_ID = 1187


def chash(s: str) -> str:
    return hashlib.md5(("b12_typo3:" + s).encode()).hexdigest()


def detail_path(uid: int) -> str:
    q = f"tx_news_pi1[action]=detail&tx_news_pi1[controller]=News&tx_news_pi1[news]={uid}"
    return f"/news/detail?{q}&cHash={chash(q)}"


class Typo3Site(B9Site):
    key = "b12_typo3_txnews"
    family = "generic"
    imitates = "TYPO3 12 + Bootstrap Package + tx_news: /news?tx_news_pi1[currentPage]=N&cHash=…, detail /news/detail?tx_news_pi1[action]=detail&…[news]=N&cHash=…, same <title> everywhere, h1 'รายละเอียดข่าว' header element, headline in div.header h3 below a prev/next pager with titles, untranslated dateFormat '02/16/2024' (month first, CE) in time[datetime=Y-m-d], tags as plain words, media caption, 'เรียบเรียง :' last line for some, related news / files, Shariff; hidden record = empty news-single (200)"
    listing_path = "/news"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 23, 17, SOURCES, dt.datetime(2024, 7, 30, 11, 0), first_id=1160, step=1
        )
        for a in self.articles:
            a.path = detail_path(a.id)
            a.modified = None
            a.views = None
        self.setup_routes()

    def page_url(self, k):
        if k == 0:
            return "/news"
        q = f"tx_news_pi1[currentPage]={k + 1}"
        return f"/news?{q}&cHash={chash(q)}"

    def deleted_paths(self):
        return [detail_path(DELETED_ID)]

    def shell(self, crumbs, content):
        latest = "".join(
            f'<li><a href="{href(a.path)}" title="{esc(a.title)}">{esc(a.title)}</a></li>'
            for a in self.articles[:5]
        )
        crumb_html = '<li class="breadcrumb-item"><a class="breadcrumb-link" href="/" title="หน้าแรก"><span class="breadcrumb-text">หน้าแรก</span></a></li>'
        for i, (label, link) in enumerate(crumbs):
            if i == len(crumbs) - 1:
                crumb_html += f'<li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">{label}</span></li>'
            else:
                crumb_html += f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{link}" title="{label}"><span class="breadcrumb-text">{label}</span></a></li>'
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="th-TH">
<head>

<meta charset="utf-8">
<!--
	This website is powered by TYPO3 - inspiring people to share!
	TYPO3 is a free open source Content Management Framework initially created by Kasper Skaarhoj and licensed under GNU/GPL.
	TYPO3 is copyright 1998-2024 of Kasper Skaarhoj. Extensions are copyright of their respective owners.
	Information and contribution at https://typo3.org/
-->

<title>{TITLE}</title>
<meta name="generator" content="TYPO3 CMS">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<meta name="robots" content="index,follow">
<meta name="twitter:card" content="summary">
<meta name="apple-mobile-web-app-capable" content="no">
<meta name="google" content="notranslate">
<link rel="stylesheet" href="/typo3temp/assets/bootstrappackage/css/theme-3a8f4e1c2b.css?1707011445" media="all">
<link rel="stylesheet" href="/typo3conf/ext/news/Resources/Public/Css/news-basic.css?1707011445" media="all">
<script src="/typo3conf/ext/bootstrap_package/Resources/Public/Contrib/modernizr/modernizr.min.js?1707011445" async="async"></script>
</head>
<body id="p12" class="page-12 pagelevel-2 language-0 backendlayout-subnavigation_right layout-default">
<div id="top"></div>
<div class="body-bg body-bg-top">
<a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>ข้ามไปยังเนื้อหาหลัก</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top">
<div class="container">
<a class="navbar-brand navbar-brand-image" title="{OFFICE}" href="/"><img class="navbar-brand-logo-normal" src="/fileadmin/template/logo-cdd.png" alt="{OFFICE} logo" height="52" width="180"></a>
<button class="navbar-toggler collapsed" type="button" data-bs-toggle="collapse" data-bs-target="#mainnavigation" aria-controls="mainnavigation" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
<nav aria-label="Main navigation" id="mainnavigation" class="collapse navbar-collapse"><ul class="navbar-nav">
<li class="nav-item"><a href="/" id="nav-item-1" class="nav-link" title="หน้าแรก"><span class="nav-link-text">หน้าแรก</span></a></li>
<li class="nav-item"><a href="/about" id="nav-item-5" class="nav-link" title="เกี่ยวกับหน่วยงาน"><span class="nav-link-text">เกี่ยวกับหน่วยงาน</span></a></li>
<li class="nav-item active"><a href="/news" id="nav-item-11" class="nav-link" title="ข่าวประชาสัมพันธ์" aria-current="true"><span class="nav-link-text">ข่าวประชาสัมพันธ์</span></a></li>
<li class="nav-item"><a href="/otop" id="nav-item-14" class="nav-link" title="OTOP"><span class="nav-link-text">OTOP</span></a></li>
<li class="nav-item"><a href="/contact" id="nav-item-20" class="nav-link" title="ติดต่อเรา"><span class="nav-link-text">ติดต่อเรา</span></a></li>
</ul></nav>
</div>
</header>
<nav class="breadcrumb-section" aria-label="Breadcrumb"><div class="container"><p class="visually-hidden" id="breadcrumb">คุณอยู่ที่นี่:</p><ol class="breadcrumb">{crumb_html}</ol></div></nav>
<div id="page-content" class="bp-page-content main-section">
<div class="section section-default">
<div class="container">
<div class="section-row">
<main class="section-column maincontent-wrap" role="main">
{content}
</main>
<aside class="section-column subcontent-wrap" role="complementary">
<div id="c31" class="frame frame-default frame-type-news_pi1 frame-layout-0 frame-background-none frame-no-backgroundimage frame-space-before-none frame-space-after-none"><div class="frame-container"><div class="frame-inner"><header class="frame-header"><h3 class="element-header"><span>ข่าวล่าสุด</span></h3></header><div class="news"><ul class="news-latest">{latest}</ul></div></div></div></div>
<div id="c32" class="frame frame-default frame-type-html frame-layout-0"><div class="frame-container"><div class="frame-inner"><div class="visitor-stat"><h3>สถิติการเข้าชม</h3><p>วันนี้ 214 คน</p><p>ทั้งหมด 190,288 คน</p></div></div></div></div>
</aside>
</div>
</div>
</div>
</div>
<footer id="page-footer" class="bp-page-footer">
<section class="section footer-section footer-section-content"><div class="container"><div class="section-row"><div class="section-column footer-section-content-column footer-section-content-column-left"><div class="frame frame-type-text"><div class="frame-container"><div class="frame-inner"><p>{OFFICE}<br>ศาลากลางจังหวัดเชียงราย ถนนแม่ฟ้าหลวง ตำบลริมกก อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100</p><p>โทร. 0 5317 7234</p></div></div></div></div></div></div></section>
<section class="section footer-section footer-section-meta"><div class="frame frame-default frame-background-none frame-space-before-none frame-space-after-none"><div class="frame-container"><div class="frame-inner"><div class="footer-info-section"><div class="footer-copyright"><p>สงวนลิขสิทธิ์ © 2567 {OFFICE}</p></div><div class="footer-sociallinks"><div class="sociallinks"><ul class="sociallinks-list"><li class="sociallinks-item sociallinks-item-facebook" title="Facebook"><a class="sociallinks-link sociallinks-link-facebook" href="https://www.facebook.com/cdd.chiangrai" rel="noopener" target="_blank"><span class="sociallinks-link-label">Facebook</span></a></li></ul></div></div></div></div></div></div></section>
</footer>
<a class="scroll-top" title="เลื่อนขึ้นด้านบน" href="#top"><span class="scroll-top-icon"></span></a>
</div>
<div role="dialog" aria-live="polite" aria-label="cookieconsent" aria-describedby="cookieconsent:desc" class="cc-window cc-banner cc-type-info cc-theme-block cc-bottom"><span id="cookieconsent:desc" class="cc-message">เว็บไซต์นี้ใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์ที่ดีที่สุด <a aria-label="learn more about cookies" role="button" tabindex="0" class="cc-link" href="/privacy" rel="noopener noreferrer nofollow" target="_blank">อ่านเพิ่มเติม</a></span><div class="cc-compliance"><a aria-label="dismiss cookie message" role="button" tabindex="0" class="cc-btn cc-dismiss">รับทราบ</a></div></div>
<script src="/typo3conf/ext/bootstrap_package/Resources/Public/Contrib/bootstrap5/js/bootstrap.min.js?1707011445"></script>
<script src="/typo3conf/ext/bootstrap_package/Resources/Public/JavaScript/Dist/bootstrap.cookieconsent.min.js?1707011445"></script>
</body>
</html>"""

    def frame(self, uid, header, inner, tag="h2"):
        return f"""<div id="c{uid}" class="frame frame-default frame-type-news_pi1 frame-layout-0 frame-background-none frame-no-backgroundimage frame-space-before-none frame-space-after-none"><div class="frame-container"><div class="frame-inner">
<header class="frame-header"><{tag} class="element-header"><span>{header}</span></{tag}></header>
{inner}
</div></div></div>"""

    def list_item(self, path, title, d, teaser, tags):
        tag_html = (
            f'<span class="news-list-tags" itemprop="keywords">{" ".join(esc(t) for t in tags)}</span>'
            if tags
            else ""
        )
        return f"""<div class="article articletype-0" itemscope="itemscope" itemtype="https://schema.org/Article">
<!-- header -->
<div class="header"><h3><a title="{esc(title)}" href="{href(path)}"><span itemprop="headline">{esc(title)}</span></a></h3></div>
<div class="news-img-wrap"><a title="{esc(title)}" href="{href(path)}"><img loading="lazy" src="/fileadmin/_processed_/news/csm_{hashlib.md5(title.encode()).hexdigest()[:10]}.jpg" width="282" height="188" alt=""></a></div>
<!-- teaser -->
<div class="teaser-text"><div itemprop="description"><p>{esc(teaser)}</p></div><a class="more" title="{esc(title)}" href="{href(path)}">อ่านต่อ</a></div>
<!-- footer information -->
<div class="footer"><p>
<span class="news-list-date"><time itemprop="datePublished" datetime="{d:%Y-%m-%d}">{us_mdy(d)}</time></span>
<span class="news-list-category">{CATEGORY}</span>
{tag_html}
</p></div>
</div>"""

    def listing(self, k):
        items = []
        for j, a in enumerate(self.pages[k]):
            teaser = a.paras[0][:150].rsplit(" ", 1)[0] + " ..."
            items.append(self.list_item(a.path, a.title, a.published, teaser, a.tags))
            if k == 1 and j == 2:
                items.append(
                    self.list_item(
                        detail_path(DELETED_ID),
                        "พช.เชียงราย จัดประชุมคณะกรรมการกองทุนพัฒนาบทบาทสตรีจังหวัด (ยกเลิก)",
                        dt.datetime(2024, 5, 2),
                        "การประชุมคณะกรรมการกองทุนพัฒนาบทบาทสตรีจังหวัดเชียงราย ...",
                        [],
                    )
                )
        n = len(self.pages)
        lis = []
        if k:
            lis.append(
                f'<li class="previous"><a href="{href(self.page_url(k - 1))}" rel="prev" title="หน้าก่อนหน้า">ก่อนหน้า</a></li>'
            )
        for i in range(n):
            if i == k:
                lis.append(f'<li class="current"><span aria-current="page">{i + 1}</span></li>')
            else:
                lis.append(f'<li><a href="{href(self.page_url(i))}">{i + 1}</a></li>')
        if k < n - 1:
            lis.append(
                f'<li class="next"><a href="{href(self.page_url(k + 1))}" rel="next" title="หน้าถัดไป">ถัดไป</a></li>'
            )
        inner = f"""<div class="news">
<!--TYPO3SEARCH_end-->
<div class="news-list-view" id="news-container-27">
{"".join(items)}
<ul class="f3-widget-paginator">{"".join(lis)}</ul>
</div>
</div>"""
        return self.shell(
            [("ข่าวประชาสัมพันธ์", "/news")], self.frame(27, "ข่าวประชาสัมพันธ์", inner, tag="h1")
        )

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        pager = ""
        if older or newer:
            pager = '<ul class="pager">'
            if older:
                pager += f'<li class="previous"><a title="{esc(older.title)}" href="{href(older.path)}"><span aria-hidden="true">&larr; </span>{esc(older.title)}</a></li>'
            if newer:
                pager += f'<li class="next"><a class="next" title="{esc(newer.title)}" href="{href(newer.path)}">{esc(newer.title)} <span aria-hidden="true"> &rarr;</span></a></li>'
            pager += "</ul>"
        tag_html = (
            f'<!-- Tags -->\n<span class="news-list-tags" itemprop="keywords">{" ".join(esc(t) for t in a.tags)}</span>'
            if a.tags
            else ""
        )
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            paras += f"<p>เรียบเรียง : {esc(a.source)}</p>"
        related = [x for x in (older, newer) if x]
        rel = "".join(
            f'<li><span class="news-related-news-date">{us_mdy(x.published)}</span> <a title="{esc(x.title)}" href="{href(x.path)}">{esc(x.title)}</a></li>'
            for x in related
        )
        inner = f"""<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="https://schema.org/Article">
{pager}
<div class="header"><h3 itemprop="headline">{esc(a.title)}</h3></div>
<div class="footer"><p>
<!-- date -->
<span class="news-list-date"><time datetime="{a.published:%Y-%m-%d}">{us_mdy(a.published)}<meta itemprop="datePublished" content="{a.published:%Y-%m-%d}" /></time></span>
<span class="news-list-category">{CATEGORY}</span>
{tag_html}
<!-- author -->
<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">Created by <span itemprop="name">admin_pr</span></span>
</p></div>
<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><a href="/fileadmin/user_upload/news/{a.id}-1.jpg" title="" class="lightbox" rel="lightbox[myImageSet{a.id}]"><img itemprop="image" class="img-responsive" src="/fileadmin/_processed_/news/csm_{a.id}-1.jpg" width="282" height="188" alt=""></a></div><p class="news-img-caption">ภาพ : งานประชาสัมพันธ์ พช.เชียงราย</p></div></div>
<!-- main text -->
<div class="news-text-wrap" itemprop="articleBody">
{paras}
</div>
<!-- Link Back -->
<div class="news-backlink-wrap"><a href="/news">ย้อนกลับ</a></div>
<div class="shariff" data-lang="th" data-services="[&quot;facebook&quot;,&quot;twitter&quot;,&quot;line&quot;]"><ul class="theme-color orientation-horizontal col-3"><li class="shariff-button facebook"><a href="https://www.facebook.com/sharer/sharer.php?u=" rel="popup" title="แชร์บน Facebook"><span class="share_text">แชร์</span></a></li><li class="shariff-button twitter"><a href="https://twitter.com/intent/tweet?url=" rel="popup" title="แชร์บน X"><span class="share_text">ทวีต</span></a></li><li class="shariff-button line"><a href="https://social-plugins.line.me/lineit/share?url=" rel="popup" title="แชร์บน LINE"><span class="share_text">LINE</span></a></li></ul></div>
<!-- related things -->
<div class="news-related-wrap">
<div class="news-related news-related-news"><h4>ข่าวที่เกี่ยวข้อง</h4><ul>{rel}</ul></div>
<div class="news-related news-related-files"><h4>ไฟล์ที่เกี่ยวข้อง</h4><ul><li><span class="news-related-files-link"><a href="/fileadmin/user_upload/news/{a.id}.pdf" target="_blank">รายละเอียดโครงการ.pdf</a></span> <span class="news-related-files-size">245 KB</span></li></ul></div>
</div>
</div>
</div>"""
        return self.shell(
            [("ข่าวประชาสัมพันธ์", "/news"), ("รายละเอียดข่าว", "")],
            self.frame(28, "รายละเอียดข่าว", inner, tag="h1"),
        )

    def deleted(self):
        inner = '<div class="news news-single">\n\n</div>'
        return self.shell(
            [("ข่าวประชาสัมพันธ์", "/news"), ("รายละเอียดข่าว", "")],
            self.frame(28, "รายละเอียดข่าว", inner, tag="h1"),
        )

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "รายละเอียดข่าว",
                "Created by",
                "admin_pr",
                CATEGORY,
                "ภาพ : งานประชาสัมพันธ์",
                "ย้อนกลับ",
                "แชร์",
                "ข่าวที่เกี่ยวข้อง",
                "ไฟล์ที่เกี่ยวข้อง",
                "รายละเอียดโครงการ.pdf",
                "ข่าวล่าสุด",
                "สถิติการเข้าชม",
                "รับทราบ",
                older.title if older else "",
                newer.title if newer else "",
            ]
            out.append(record(self, a, must_not, published_time=False))  # no time printed
        return out


SITE = Typo3Site()

if __name__ == "__main__":
    main(SITE)
