"""Blind-7 red-team site: TYPO3 v11 + the Bootstrap Package + the `news` extension (tx_news)
of a university faculty, built blind.

What it imitates:
- TYPO3 chrome: `<!-- This website is powered by TYPO3 -->` comment, `meta generator TYPO3 CMS`,
  Bootstrap Package `body#p12.page-12.pagelevel-1.language-0.backendlayout-subnavigation_right`,
  `nav.navbar-mainnavigation`, `ol.breadcrumb`, `div.frame.frame-default` content elements;
- the list is a page `/news` with the tx_news plugin; pages 2+ are reached through the plugin's
  paginator without a route enhancer, so the links carry the argument array and a cHash:
  `/news?tx_news_pi1%5BcurrentPage%5D=2&cHash=…` (`ul.pagination` "ก่อนหน้า" / "ถัดไป", page 1
  linked as plain `/news`);
- news detail pages with a route enhancer: `/news/detail/<path_segment>`, Latin segments
  (`/news/detail/faculty-news-2567-015`);
- tx_news Detail.html: `div.news.news-single > div.article[itemscope itemtype=Article]`,
  `div.header > h1[itemprop=headline]`, `div.footer` *above* the text with
  `span.news-list-date > time[itemprop=datePublished][datetime=2024-02-15]` "15.02.2024"
  (the extension's default `%d.%m.%Y`: date only, CE, dots), category, `news-list-tags`
  ("แท็ก:") and author "โดย …"; `div.news-text-wrap[itemprop=articleBody]` with RTE paragraphs
  and the editor's "เรียบเรียง : …" line; `div.news-img-wrap` with a caption; then
  `div.news-related-wrap` "ข่าวที่เกี่ยวข้อง" and "ไฟล์ที่เกี่ยวข้อง" (with file sizes), back
  link "กลับ"; a Shariff share bar "แชร์"; no view counter, no modified date;
- the deleted item: tx_news's detail page with a hidden record renders the page with an empty
  plugin frame (200).
"""

from __future__ import annotations

import datetime as dt
import hashlib

from ._common import BaseSite, be, esc, expected_record, main, paginate, qs1
from .b7_common import build, on_page

SITE_NAME = "คณะเกษตรศาสตร์ มหาวิทยาลัยขอนแก่น"
SOURCES = ["งานประชาสัมพันธ์ คณะเกษตรศาสตร์", None, "หน่วยสื่อสารองค์กร", None, None]
PER_PAGE = 8
LISTING = "/news"
DELETED = "/news/detail/faculty-news-2567-017"


def chash(n: int) -> str:
    return hashlib.md5(f"tx_news_pi1[currentPage]={n}".encode()).hexdigest()


def page_href(n: int) -> str:
    return f"{LISTING}?tx_news_pi1%5BcurrentPage%5D={n}&cHash={chash(n)}"


class Typo3Site(BaseSite):
    key = "b7_typo3_news"
    family = "generic"
    imitates = "TYPO3 v11 + Bootstrap Package + tx_news: /news?tx_news_pi1[currentPage]=N&cHash=… pager, /news/detail/faculty-news-2567-015, footer above the text with time[itemprop=datePublished] '15.02.2024' (date only), tags, author, 'เรียบเรียง :' line, related news and files, Shariff share"
    listing_path = LISTING

    def __init__(self):
        self.articles = build(
            self.key, 21, 37, SOURCES, dt.datetime(2024, 3, 1, 16, 0), first_id=0, step=2
        )
        for a in self.articles:
            a.path = f"/news/detail/faculty-news-{be(a.published)}-{a.id:03d}"
            a.modified = None
        self.by_path = {a.path: a for a in self.articles}
        assert DELETED not in self.by_path
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [LISTING] + [page_href(k + 1) for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def related(self, a):
        i = self.articles.index(a)
        return self.articles[i + 1 : i + 3] or self.articles[:2]

    def shell(self, base, title, content, crumbs):
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

<title>{esc(title)}: {SITE_NAME}</title>
<meta name="generator" content="TYPO3 CMS" />
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1" />
<meta name="robots" content="index,follow" />
<meta name="twitter:card" content="summary" />
<link rel="stylesheet" href="{base}/typo3temp/assets/bootstrappackage/css/theme-2c1c8ec3f7a6b0a2b2a8a3a7a0f0d9e6.css?1706000000" media="all">
<link rel="stylesheet" href="{base}/typo3conf/ext/news/Resources/Public/Css/news-basic.css?1706000000" media="all">
</head>
<body id="p12" class="page-12 pagelevel-1 language-0 backendlayout-subnavigation_right layout-default">
<div id="top"></div>
<div class="body-bg">
<a class="visually-hidden-focusable page-skip-link" href="#page-content"><span>ข้ามไปยังเนื้อหาหลัก</span></a>
<header id="page-header" class="bp-page-header navbar navbar-mainnavigation navbar-default navbar-has-image navbar-top">
<div class="container container-mainnavigation">
<a class="navbar-brand navbar-brand-image" title="{SITE_NAME}" href="{base}/"><img class="navbar-brand-logo-normal" src="{base}/fileadmin/templates/logo-agkku.svg" alt="{SITE_NAME}" height="52" width="180"></a>
<nav aria-label="เมนูหลัก" id="mainnavigation" class="navbar-collapse"><ul class="navbar-nav"><li class="nav-item"><a href="{base}/about" class="nav-link" title="เกี่ยวกับคณะ"><span class="nav-link-text">เกี่ยวกับคณะ</span></a></li><li class="nav-item active"><a href="{base}{LISTING}" class="nav-link" title="ข่าวและกิจกรรม"><span class="nav-link-text">ข่าวและกิจกรรม</span></a></li><li class="nav-item"><a href="{base}/admission" class="nav-link" title="รับสมัครนักศึกษา"><span class="nav-link-text">รับสมัครนักศึกษา</span></a></li><li class="nav-item"><a href="{base}/research" class="nav-link" title="งานวิจัย"><span class="nav-link-text">งานวิจัย</span></a></li></ul></nav>
</div>
</header>
<nav class="breadcrumb-section" aria-label="เส้นทาง"><div class="container"><p class="visually-hidden" id="breadcrumb">คุณอยู่ที่นี่:</p><ol class="breadcrumb">{crumbs}</ol></div></nav>
<div id="page-content" class="bp-page-content main-section">
<div class="section section-default"><div class="container"><div class="section-row">
<main class="section-column maincontent-wrap" role="main">
<!--TYPO3SEARCH_begin-->
<div id="c58" class="frame frame-default frame-type-list frame-layout-0 frame-background-none frame-no-backgroundimage frame-space-before-none frame-space-after-none"><div class="frame-container"><div class="frame-inner">
{content}
</div></div></div>
<!--TYPO3SEARCH_end-->
</main>
<aside class="section-column subcontent-wrap" role="complementary">
<nav class="frame frame-small frame-background-none"><div class="frame-container"><div class="frame-inner"><p class="h3">ข่าวและกิจกรรม</p><ul class="subnav"><li><a href="{base}{LISTING}">ข่าวประชาสัมพันธ์</a></li><li><a href="{base}/news/events">ปฏิทินกิจกรรม</a></li><li><a href="{base}/news/jobs">รับสมัครงาน</a></li></ul></div></div></nav>
</aside>
</div></div></div>
</div>
<footer id="page-footer" class="bp-page-footer"><section class="section footer-section footer-section-content"><div class="container"><p><strong>{SITE_NAME}</strong><br>123 ถนนมิตรภาพ ตำบลในเมือง อำเภอเมือง จังหวัดขอนแก่น 40002<br>โทรศัพท์ 043-009-700</p></div></section><section class="section footer-section footer-section-meta"><div class="container"><div class="footer-copyright"><p>© 2024 {SITE_NAME}</p></div><div class="footer-sociallinks"><ul><li class="facebook"><a href="https://www.facebook.com/agkku" rel="noopener" target="_blank">Facebook</a></li></ul></div></div></section></footer>
</div>
<script src="{base}/typo3conf/ext/bootstrap_package/Resources/Public/Contrib/bootstrap5/js/bootstrap.bundle.min.js?1706000000"></script>
</body>
</html>
"""

    def date_span(self, a):
        return f'<span class="news-list-date"><time itemprop="datePublished" datetime="{a.published:%Y-%m-%d}">{a.published:%d.%m.%Y}</time></span>'

    def listing(self, base, n):
        if not 0 <= n < len(self.pages):
            return None
        items = []
        for k, a in enumerate(self.pages[n]):
            items.append(
                f"""<div class="article articletype-0 topnews" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="news-img-wrap"><a title="{esc(a.title)}" href="{base}{a.path}"><img class="img-fluid" src="{base}/fileadmin/_processed_/news/csm_pr{a.id}_4b1c.jpg" width="282" height="188" alt="" /></a></div><div class="header"><h3><a title="{esc(a.title)}" href="{base}{a.path}"><span itemprop="headline">{esc(a.title)}</span></a></h3></div><div class="footer"><p>{self.date_span(a)}<span class="news-list-category">ข่าวประชาสัมพันธ์</span></p></div><div class="teaser-text"><div itemprop="description"><p>{esc(a.paras[0][:200])}</p></div><a class="more" title="{esc(a.title)}" href="{base}{a.path}">อ่านต่อ</a></div></div>"""
            )
            if n == 1 and k == 4:
                items.append(
                    f"""<div class="article articletype-0" itemscope="itemscope" itemtype="http://schema.org/Article"><div class="header"><h3><a title="ประกาศผลการคัดเลือกนักศึกษา" href="{base}{DELETED}"><span itemprop="headline">ประกาศผลการคัดเลือกนักศึกษา</span></a></h3></div><div class="footer"><p><span class="news-list-date"><time itemprop="datePublished" datetime="2024-01-22">22.01.2024</time></span></p></div></div>"""
                )
        last = len(self.pages)

        def href(k):  # 1-based
            return f"{base}{LISTING}" if k == 1 else f"{base}{page_href(k).replace('&', '&amp;')}"

        lis = []
        if n > 0:
            lis.append(
                f'<li class="page-item previous"><a class="page-link" href="{href(n)}" title="ก่อนหน้า">ก่อนหน้า</a></li>'
            )
        for k in range(1, last + 1):
            lis.append(
                f'<li class="page-item active"><span class="page-link">{k}</span></li>'
                if k == n + 1
                else f'<li class="page-item"><a class="page-link" href="{href(k)}">{k}</a></li>'
            )
        if n < last - 1:
            lis.append(
                f'<li class="page-item next"><a class="page-link" href="{href(n + 2)}" title="ถัดไป">ถัดไป</a></li>'
            )
        content = f"""<header class="frame-header"><h1 class="element-header"><span>ข่าวประชาสัมพันธ์</span></h1></header>
<div class="news">
<div class="news-list-view" id="news-container-58">
{"".join(items)}
<div class="page-navigation"><p>หน้า {n + 1} จาก {last}.</p><ul class="f3-widget-paginator pagination">{"".join(lis)}</ul></div>
</div>
</div>"""
        crumbs = f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{base}/" title="หน้าแรก"><span class="breadcrumb-text">หน้าแรก</span></a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">ข่าวประชาสัมพันธ์</span></li>'
        return self.html_response(self.shell(base, "ข่าวประชาสัมพันธ์", content, crumbs))

    def detail(self, base, a):
        u = f"{base}{a.path}"
        text = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            text += f'<p class="text-end">เรียบเรียง : {esc(a.source)}</p>'
        tags = ""
        if a.tags:
            tags = (
                '<span class="news-list-tags" itemprop="keywords">แท็ก: '
                + ", ".join(
                    f'<a title="{esc(t)}" href="{base}/news/tag/t{k}">{esc(t)}</a>'
                    for k, t in enumerate(a.tags)
                )
                + "</span>"
            )
        rel = "".join(
            f'<li><span class="news-related-news-date">{x.published:%d.%m.%Y}</span><a title="{esc(x.title)}" href="{base}{x.path}">{esc(x.title)}</a></li>'
            for x in self.related(a)
        )
        content = f"""<div class="news news-single">
<div class="article" itemscope="itemscope" itemtype="http://schema.org/Article">
<div class="header"><h1 itemprop="headline">{esc(a.title)}</h1></div>
<div class="footer"><p>{self.date_span(a)}<span class="news-list-category">ข่าวประชาสัมพันธ์</span>{tags}<span class="news-list-author" itemprop="author" itemscope="itemscope" itemtype="http://schema.org/Person">โดย <span itemprop="name">งานประชาสัมพันธ์</span></span></p></div>
<div class="news-img-wrap"><div class="outer"><div class="mediaelement mediaelement-image"><a href="{base}/fileadmin/news/pr{a.id}.jpg" title="" class="lightbox" rel="lightbox[myImageSet]"><img itemprop="image" class="img-fluid" src="{base}/fileadmin/_processed_/news/csm_pr{a.id}_9c2e.jpg" width="600" height="400" alt="" /></a></div><p class="news-img-caption">ภาพบรรยากาศภายในกิจกรรม</p></div></div>
<div class="news-text-wrap" itemprop="articleBody">{text}</div>
<div class="shariff" data-url="{u}" data-lang="th" data-services="[&quot;facebook&quot;,&quot;twitter&quot;,&quot;line&quot;]"><ul class="shariff-buttons"><li class="shariff-button facebook"><a href="https://www.facebook.com/sharer/sharer.php?u={u}" rel="popup" title="แชร์บน Facebook"><span class="share_text">แชร์</span></a></li><li class="shariff-button twitter"><a href="https://twitter.com/intent/tweet?url={u}" rel="popup" title="แชร์บน X"><span class="share_text">ทวีต</span></a></li></ul></div>
<div class="news-related-wrap">
<div class="news-related news-related-news"><h4>ข่าวที่เกี่ยวข้อง</h4><ul>{rel}</ul></div>
<div class="news-related news-related-files"><h4>ไฟล์ที่เกี่ยวข้อง</h4><ul><li><span class="news-related-files-link"><a href="{base}/fileadmin/news/files/pr{a.id}.pdf" target="_blank">กำหนดการ.pdf</a></span><span class="news-related-files-size">215 KB</span></li></ul></div>
</div>
<div class="news-backlink-wrap"><a href="{base}{LISTING}">กลับ</a></div>
</div>
</div>"""
        crumbs = f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{base}/" title="หน้าแรก"><span class="breadcrumb-text">หน้าแรก</span></a></li><li class="breadcrumb-item"><a class="breadcrumb-link" href="{base}{LISTING}" title="ข่าวประชาสัมพันธ์"><span class="breadcrumb-text">ข่าวประชาสัมพันธ์</span></a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">{esc(a.title)}</span></li>'
        return self.html_response(self.shell(base, a.title, content, crumbs))

    def deleted(self, base):
        crumbs = f'<li class="breadcrumb-item"><a class="breadcrumb-link" href="{base}/" title="หน้าแรก"><span class="breadcrumb-text">หน้าแรก</span></a></li><li class="breadcrumb-item active" aria-current="page"><span class="breadcrumb-text">รายละเอียดข่าว</span></li>'
        return self.html_response(
            self.shell(base, "รายละเอียดข่าว", '<div class="news news-single"></div>', crumbs)
        )

    def route(self, path, query, raw_query, base):
        if path == "/":
            return self.html_response(
                self.shell(
                    base, "หน้าแรก", f'<p><a href="{base}{LISTING}">ข่าวประชาสัมพันธ์</a></p>', ""
                )
            )
        if path == LISTING:
            v = qs1(query, "tx_news_pi1[currentPage]", "1")
            if not v.isdigit():
                return None
            if v != "1" and qs1(query, "cHash") != chash(int(v)):
                return (
                    404,
                    {"Content-Type": "text/html; charset=utf-8"},
                    b"<h1>Page Not Found</h1><p>Request parameters could not be validated (&amp;cHash comparison failed)</p>",
                )
            return self.listing(base, int(v) - 1)
        if path in self.by_path:
            return self.detail(base, self.by_path[path])
        if path == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "แท็ก:",
                "งานประชาสัมพันธ์",
                "ภาพบรรยากาศภายในกิจกรรม",
                "ข่าวที่เกี่ยวข้อง",
                "ไฟล์ที่เกี่ยวข้อง",
                "กำหนดการ.pdf",
                "ทวีต",
                "คุณอยู่ที่นี่",
            ] + [x.title for x in self.related(a)]
            if a.source and "งานประชาสัมพันธ์" in a.source:
                must_not.remove("งานประชาสัมพันธ์")
            out.append(
                expected_record(
                    a, published_time=False, views=False, must_not=on_page(self, a, must_not)
                )
            )
        return out


SITE = Typo3Site()

if __name__ == "__main__":
    main(SITE)
