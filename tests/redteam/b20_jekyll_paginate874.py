"""Blind-20 red-team site: a Jekyll 4 static site (GitHub-Pages style, a minima-derived
theme, jekyll-paginate-v2, jekyll-seo-tag) of a sub-district municipality
(เทศบาลตำบลบ้านกลาง, ลำพูน), built on the office's own server, built blind.

What it imitates:
- `_config.yml` with `encoding: windows-874` (the posts were typed in a legacy Thai editor), so
  every generated file is **windows-874 bytes** while the theme's head still says
  `<meta charset="utf-8">` and nginx sends `Content-Type: text/html` with **no charset**;
- jekyll-paginate-v2 listing `/news/`, `/news/page2/`, `/news/page3/` with a **prev/next-only**
  pager ("« ข่าวใหม่กว่า" / "ข่าวเก่ากว่า »") and "หน้า 2 / 3";
- posts at `/news/:year/:month/:day/pr-NNNN.html` (**CE date in the URL**);
- the **same `<title>` on every page** (`{% seo title=false %}` and a hard-coded title), the
  page's `h1` is the section banner "ข่าวประชาสัมพันธ์", the **headline is an `h2.post-title`
  after the date line and the cover figure**; og:title and the JSON-LD headline carry it too;
- dates from a Liquid include: "๑๕ ก.พ. ๒๕๖๘" (**Thai digits, abbreviated month, BE**), plus
  " เวลา ๑๐.๓๐ น." only for posts whose front-matter date has a time; the others are
  midnight, so `time[datetime]`, `article:published_time` and the JSON-LD say T00:00:00+07:00;
- "แก้ไขล่าสุด ๒๐ ก.พ. ๒๕๖๘" (date only) for posts with `last_modified_at`; jekyll-seo-tag's
  JSON-LD `dateModified` is printed for every post (= date when never edited);
- a busuanzi counter "ผู้อ่าน <span id=busuanzi_value_page_pv></span> ครั้ง" that is **empty**
  in the HTML (filled by JavaScript), likewise the site counter in the sidebar;
- inside `div.post-content`: the text, the source as "ข่าว/ภาพ : <office>" or
  "เรียบเรียง : <office>" as the last paragraph, then the share include ("แชร์ข่าวนี้");
- "แท็ก:" links, `site.related_posts` ("ข่าวอื่น ๆ ที่น่าสนใจ"), previous/next with titles,
  Disqus block, sidebar (ข่าวล่าสุด, ลิงก์หน่วยงาน), cookie banner, footer;
- the deleted post's URL answers 200 with `404.html` (nginx `try_files $uri /404.html`):
  "ไม่พบหน้าที่คุณต้องการ".
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import esc, main, thai_digits
from .b20b_common import B9Site, build, hm, liquid_th_abbr, neighbours, record

OFFICE = "เทศบาลตำบลบ้านกลาง"
HOST = "https://www.banklang.go.th"
SITE_TITLE = "ข่าวประชาสัมพันธ์ | เทศบาลตำบลบ้านกลาง อำเภอเมืองลำพูน"
SOURCES = [
    "งานประชาสัมพันธ์ เทศบาลตำบลบ้านกลาง",
    None,
    "กองสาธารณสุขและสิ่งแวดล้อม เทศบาลตำบลบ้านกลาง",
    None,
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดลำพูน",
]
DELETED = "/news/2025/05/18/pr-0431.html"


def xmlschema(d: dt.datetime, with_time: bool) -> str:
    d = d if with_time else d.replace(hour=0, minute=0)
    return d.strftime("%Y-%m-%dT%H:%M:%S+07:00")


class JekyllSite(B9Site):
    key = "b20_jekyll_paginate874"
    family = "generic"
    imitates = "Jekyll 4 static site (minima-derived, jekyll-paginate-v2 /news/page2/, jekyll-seo-tag) served as windows-874 bytes under a UTF-8 meta and a charset-less header: same <title> everywhere, banner h1 + headline h2 after date and cover, '๑๕ ก.พ. ๒๕๖๘' (Thai digits, BE) + ' เวลา ๑๐.๓๐ น.' for some (midnight in JSON-LD for the rest), 'แก้ไขล่าสุด' for edited posts, JSON-LD dateModified for all, empty busuanzi counter, 'ข่าว/ภาพ :' / 'เรียบเรียง :' last line, share include inside post-content; deleted = 404.html served 200"
    listing_path = "/news/"
    per_page = 8
    charset = "cp874"

    def __init__(self):
        self.articles = build(
            self.key, 23, 417, SOURCES, dt.datetime(2025, 6, 20, 16, 0), first_id=412, step=2
        )
        for i, a in enumerate(self.articles):
            d = a.published
            a.path = f"/news/{d.year}/{d.month:02d}/{d.day:02d}/pr-{a.id:04d}.html"
            a.extra["edited"] = a.modified is not None
            a.extra["label"] = "เรียบเรียง :" if i % 4 == 2 else "ข่าว/ภาพ :"
        self.setup_routes()

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return status, {"Content-Type": "text/html"}, text.encode("cp874", "xmlcharrefreplace")

    def robots(self):
        return (
            f"User-agent: *\nDisallow: /assets/\nDisallow: /search/\nSitemap: {HOST}/sitemap.xml\n"
        )

    def page_url(self, k):
        return "/news/" if k == 0 else f"/news/page{k + 1}/"

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell

    def head_seo(self, a, base):
        if a is None:
            return f"""<!-- Begin Jekyll SEO tag v2.8.0 -->
<meta name="generator" content="Jekyll v4.3.3" />
<meta property="og:title" content="{OFFICE}" />
<meta property="og:locale" content="th_TH" />
<meta name="description" content="เว็บไซต์ทางการ{OFFICE} อำเภอเมืองลำพูน จังหวัดลำพูน" />
<meta property="og:site_name" content="{OFFICE}" />
<meta property="og:type" content="website" />
<!-- End Jekyll SEO tag -->"""
        desc = esc(a.paras[0][:160])
        pub = xmlschema(a.published, a.time_printed)
        mod = xmlschema(a.modified, True) if a.extra["edited"] else pub
        ld = {
            "@context": "https://schema.org",
            "@type": "BlogPosting",
            "dateModified": mod,
            "datePublished": pub,
            "description": a.paras[0][:160],
            "headline": a.title,
            "mainEntityOfPage": {"@type": "WebPage", "@id": HOST + a.path},
            "publisher": {
                "@type": "Organization",
                "logo": {"@type": "ImageObject", "url": HOST + "/assets/img/logo.png"},
            },
            "url": HOST + a.path,
        }
        return f"""<!-- Begin Jekyll SEO tag v2.8.0 -->
<meta name="generator" content="Jekyll v4.3.3" />
<meta property="og:title" content="{esc(a.title)}" />
<meta property="og:locale" content="th_TH" />
<meta name="description" content="{desc}" />
<meta property="og:description" content="{desc}" />
<link rel="canonical" href="{HOST}{a.path}" />
<meta property="og:url" content="{HOST}{a.path}" />
<meta property="og:site_name" content="{OFFICE}" />
<meta property="og:image" content="{HOST}/assets/img/news/pr-{a.id:04d}.jpg" />
<meta property="og:type" content="article" />
<meta property="article:published_time" content="{pub}" />
<meta name="twitter:card" content="summary_large_image" />
<meta property="twitter:title" content="{esc(a.title)}" />
<script type="application/ld+json">
{json.dumps(ld, ensure_ascii=False, separators=(",", ":"))}</script>
<!-- End Jekyll SEO tag -->"""

    def shell(self, content, a=None):
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a><span class="post-meta">{liquid_th_abbr(x.published)}</span></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th"><head>
  <meta charset="utf-8">
  <meta http-equiv="X-UA-Compatible" content="IE=edge">
  <meta name="viewport" content="width=device-width, initial-scale=1"><title>{SITE_TITLE}</title>
{self.head_seo(a, HOST)}
<link rel="stylesheet" href="/assets/main.css"><link type="application/atom+xml" rel="alternate" href="{HOST}/feed.xml" title="{OFFICE}" />
<script async src="//busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>
</head>
<body><header class="site-header" role="banner">
  <div class="topbar"><div class="wrapper"><span>สายด่วน 053-000-123</span> <a href="/en/">English</a> <span class="a11y">ขนาดตัวอักษร <a href="#" data-fs="-1">ก-</a> <a href="#" data-fs="0">ก</a> <a href="#" data-fs="1">ก+</a></span></div></div>
  <div class="wrapper"><a class="site-title" rel="author" href="/"><img src="/assets/img/logo.png" alt="">{OFFICE}</a><nav class="site-nav">
        <input type="checkbox" id="nav-trigger" class="nav-trigger" />
        <label for="nav-trigger"><span class="menu-icon"><svg viewBox="0 0 18 15" width="18px" height="15px"><path d="M18,1.484c0,0.82-0.665,1.484-1.484,1.484H1.484C0.665,2.969,0,2.304,0,1.484l0,0C0,0.665,0.665,0,1.484,0 h15.032C17.335,0,18,0.665,18,1.484L18,1.484z"/></svg></span></label>
        <div class="trigger"><a class="page-link" href="/about/">เกี่ยวกับเทศบาล</a><a class="page-link" href="/news/">ข่าวประชาสัมพันธ์</a><a class="page-link" href="/procurement/">จัดซื้อจัดจ้าง</a><a class="page-link" href="/ita/">ITA</a><a class="page-link" href="/contact/">ติดต่อเรา</a></div>
      </nav></div>
</header>
<div class="page-banner"><div class="wrapper"><h1 class="page-heading">ข่าวประชาสัมพันธ์</h1></div></div>
<main class="page-content" aria-label="Content">
      <div class="wrapper layout-2col">
        <div class="col-main">
{content}
        </div>
        <aside class="col-side">
          <section class="widget"><h3 class="widget-title">ข่าวล่าสุด</h3><ul class="widget-posts">{latest}</ul></section>
          <section class="widget"><h3 class="widget-title">ลิงก์หน่วยงาน</h3><ul><li><a href="https://www.lamphun.go.th">จังหวัดลำพูน</a></li><li><a href="https://www.dla.go.th">กรมส่งเสริมการปกครองท้องถิ่น</a></li></ul></section>
          <section class="widget counter"><h3 class="widget-title">สถิติผู้เข้าชม</h3><p>ผู้เข้าชมเว็บไซต์ <span id="busuanzi_value_site_pv"></span> ครั้ง</p><p>ผู้เยี่ยมชม <span id="busuanzi_value_site_uv"></span> คน</p></section>
        </aside>
      </div>
    </main><footer class="site-footer h-card">
  <data class="u-url" href="/"></data>
  <div class="wrapper">
    <div class="footer-col-wrapper">
      <div class="footer-col footer-col-1"><ul class="contact-list"><li class="p-name">{OFFICE}</li><li>88 หมู่ 2 ตำบลบ้านกลาง อำเภอเมืองลำพูน จังหวัดลำพูน 51000</li><li><a class="u-email" href="mailto:saraban@banklang.go.th">saraban@banklang.go.th</a></li></ul></div>
      <div class="footer-col footer-col-3"><p>Powered by Jekyll | สงวนลิขสิทธิ์ พ.ศ. 2568 {OFFICE}</p></div>
    </div>
  </div>
</footer>
<div id="cookie-notice" class="cookie-notice"><span>เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพการใช้งาน</span> <a id="cookie-notice-accept" class="btn" href="#">ตกลง</a> <a href="/privacy/">นโยบายความเป็นส่วนตัว</a></div>
<script src="/assets/js/cookie-notice.js"></script>
</body>

</html>
"""

    # ------------------------------------------------------------------ listing

    def listing(self, k):
        items = list(self.pages[k])
        rows = []
        for j, a in enumerate(items):
            rows.append(self.row(a.path, a.title, a.published, a.paras[0]))
            if k == 1 and j == 4:
                rows.append(
                    self.row(
                        DELETED,
                        "ประชาสัมพันธ์การรับสมัครเด็กเล็กเข้าศูนย์พัฒนาเด็กเล็กเทศบาลตำบลบ้านกลาง ปีการศึกษา 2568",
                        dt.datetime(2025, 5, 18, 16, 0),
                        "เทศบาลตำบลบ้านกลางเปิดรับสมัครเด็กเล็กอายุ 2 ปี 6 เดือน ถึง 3 ปี เข้าศูนย์พัฒนาเด็กเล็ก ตั้งแต่วันนี้เป็นต้นไป",
                    )
                )
        n = len(self.pages)
        newer = (
            f'<a class="previous" href="{self.page_url(k - 1)}">&laquo; ข่าวใหม่กว่า</a>'
            if k
            else '<span class="previous disabled">&laquo; ข่าวใหม่กว่า</span>'
        )
        older = (
            f'<a class="next" href="{self.page_url(k + 1)}">ข่าวเก่ากว่า &raquo;</a>'
            if k < n - 1
            else '<span class="next disabled">ข่าวเก่ากว่า &raquo;</span>'
        )
        content = f"""<div class="home">
  <nav class="breadcrumbs"><a href="/">หน้าแรก</a> / <span>ข่าวประชาสัมพันธ์</span></nav>
  <ul class="post-list">{"".join(rows)}
  </ul>
  <div class="pagination">
    {newer}
    <span class="page_number">หน้า {thai_digits(k + 1)} / {thai_digits(n)}</span>
    {older}
  </div>
</div>"""
        return self.shell(content)

    def row(self, path, title, d, first):
        excerpt = first if len(first) <= 160 else first[:157] + "..."
        return f"""<li class="post-item">
      <a class="post-thumb" href="{path}"><img src="/assets/img/news/{path.rsplit("/", 1)[1].replace(".html", "")}-thumb.jpg" alt="" loading="lazy"></a>
      <span class="post-meta">{liquid_th_abbr(d)}</span>
      <h3><a class="post-link" href="{path}">{esc(title)}</a></h3>
      <p class="post-excerpt">{esc(excerpt)}</p>
    </li>"""

    # ------------------------------------------------------------------ post

    def related(self, a):
        return [x for x in self.articles if x is not a][:3]

    def detail(self, a):
        when = liquid_th_abbr(a.published)
        if a.time_printed:
            when += f" เวลา {thai_digits(hm(a.published, '.'))} น."
        upd = (
            f' <span class="post-updated">| แก้ไขล่าสุด <time class="dt-updated" datetime="{xmlschema(a.modified, True)}">{liquid_th_abbr(a.modified)}</time></span>'
            if a.extra["edited"]
            else ""
        )
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            paras += f"\n<p><strong>{a.extra['label']}</strong> {esc(a.source)}</p>"
        tags = ""
        if a.tags:
            tags = (
                '<div class="post-tags">แท็ก: '
                + " ".join(
                    f'<a class="tag" href="/tags/#{esc(t)}" rel="tag">{esc(t)}</a>' for t in a.tags
                )
                + "</div>"
            )
        rel = "".join(
            f'<li><a href="{r.path}">{esc(r.title)}</a> <small>{liquid_th_abbr(r.published)}</small></li>'
            for r in self.related(a)
        )
        older, newer = neighbours(self.articles, a)
        nav = ""
        if older:
            nav += f'<a class="prev" href="{older.path}"><span>&larr; ข่าวก่อนหน้า</span>{esc(older.title)}</a>'
        if newer:
            nav += f'<a class="next" href="{newer.path}"><span>ข่าวถัดไป &rarr;</span>{esc(newer.title)}</a>'
        share = f"""<div class="share-buttons"><span class="share-label">แชร์ข่าวนี้</span>
  <a href="https://www.facebook.com/sharer/sharer.php?u={HOST}{a.path}" target="_blank" rel="noopener" class="share-fb">Facebook</a>
  <a href="https://social-plugins.line.me/lineit/share?url={HOST}{a.path}" target="_blank" rel="noopener" class="share-line">LINE</a>
  <a href="#" onclick="navigator.clipboard.writeText(location.href);return false;" class="share-copy">คัดลอกลิงก์</a>
</div>"""
        content = f"""<article class="post h-entry" itemscope itemtype="http://schema.org/BlogPosting">
  <nav class="breadcrumbs"><a href="/">หน้าแรก</a> / <a href="/news/">ข่าวประชาสัมพันธ์</a></nav>
  <header class="post-header">
    <p class="post-meta"><span class="post-cat">ข่าวประชาสัมพันธ์</span> | <time class="dt-published" datetime="{xmlschema(a.published, a.time_printed)}" itemprop="datePublished">{when}</time>{upd} | ผู้อ่าน <span id="busuanzi_value_page_pv"></span> ครั้ง</p>
    <figure class="post-cover"><img src="/assets/img/news/pr-{a.id:04d}.jpg" alt=""></figure>
    <h2 class="post-title p-name" itemprop="name headline">{esc(a.title)}</h2>
  </header>

  <div class="post-content e-content" itemprop="articleBody">
    {paras}
{share}
  </div>
  {tags}
  <section class="related"><h3>ข่าวอื่น ๆ ที่น่าสนใจ</h3><ul>{rel}</ul></section>
  <nav class="post-nav">{nav}</nav>
  <section class="comments"><h3>แสดงความคิดเห็น</h3><div id="disqus_thread"></div>
  <script>var disqus_config = function () {{ this.page.url = '{HOST}{a.path}'; this.page.identifier = '{a.path}'; }};</script>
  <noscript>กรุณาเปิดใช้งาน JavaScript เพื่อดูความคิดเห็น</noscript></section>
  <a class="u-url" href="{a.path}" hidden></a>
</article>"""
        return self.shell(content, a)

    def deleted(self):
        content = """<div class="error-404">
  <h2>404</h2>
  <p><strong>ไม่พบหน้าที่คุณต้องการ</strong></p>
  <p>หน้านี้อาจถูกย้ายหรือลบไปแล้ว กรุณากลับไปที่<a href="/">หน้าแรก</a>หรือ<a href="/news/">ข่าวประชาสัมพันธ์</a></p>
</div>"""
        return self.shell(content)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "แชร์ข่าวนี้",
                "คัดลอกลิงก์",
                "ผู้อ่าน",
                "แก้ไขล่าสุด" if a.extra["edited"] else "",
                "แท็ก:" if a.tags else "",
                "ข่าวอื่น ๆ ที่น่าสนใจ",
                *[r.title for r in self.related(a)],
                "ข่าวก่อนหน้า" if older else "",
                "ข่าวถัดไป" if newer else "",
                older.title if older else "",
                newer.title if newer else "",
                "แสดงความคิดเห็น",
                "กรุณาเปิดใช้งาน JavaScript เพื่อดูความคิดเห็น",
                "ผู้เข้าชมเว็บไซต์",
                "ขนาดตัวอักษร",
                "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพการใช้งาน",
                "88 หมู่ 2 ตำบลบ้านกลาง",
            ]
            rec = record(self, a, must_not, views=False)
            if not a.extra["edited"]:
                rec["modified_at"] = rec["published_at"]
            out.append(rec)
        return out


SITE = JekyllSite()

if __name__ == "__main__":
    main(SITE)
