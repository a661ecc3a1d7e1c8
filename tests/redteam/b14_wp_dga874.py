"""Blind-14 red-team site: WordPress 5.x with a theme built on the DGA "Government Website
Template" (สพร. แม่แบบเว็บไซต์ภาครัฐ) style, a provincial agriculture office
(สำนักงานเกษตรจังหวัดพิจิตร), built blind — and a legacy **TIS-620 `blog_charset`**.

What it imitates:
- the site was migrated from an old TIS-620 database and keeps `blog_charset = TIS-620`: WordPress
  sends `Content-Type: text/html; charset=TIS-620` and `<meta charset="TIS-620">`, but the bytes
  are **windows-874** (the en dash of the site title is 0x96, which TIS-620 does not have: a
  strict TIS-620 decoder gives the C1 control U+0096 there);
  characters outside windows-874 are written as numeric references;
- `/archives/<id>` permalinks; the category `/category/news/`, `/category/news/page/N/`
  (`the_posts_pagination`: "« ก่อนหน้า", numbers, "ถัดไป »");
- the **same `<title>`** on every page (the theme prints only the site name), the page banner
  `h1` is the category "ข่าวประชาสัมพันธ์", and the headline is an `h3.dga-news-title`
  **below** the featured image and the meta line;
- the DGA accessibility bar on top: "ขนาดตัวอักษร ก- ก ก+", "การแสดงผล สีปกติ ขาวดำ
  ดำเหลือง", "ภาษาไทย | English", the ITA menu "การเปิดเผยข้อมูลสาธารณะ (OIT)", a "สถิติผู้เข้าชม"
  widget (วันนี้ / เมื่อวาน / เดือนนี้ / ทั้งหมด) and "ข่าวล่าสุด" in the sidebar;
- the meta line "วันที่ 16 ก.พ. 67 เวลา 10:30 น." (**two-digit BE**, abbreviated month, the
  time with "น." only where it was entered) and "| จำนวนผู้อ่าน 1,234" (Post Views Counter);
- inside `.entry-content`: the text, for some "ที่มา : <office>", then a tools row "พิมพ์ |
  ส่งอีเมล | PDF" and a share bar "แชร์ :"; after it "ป้ายกำกับ:" tags and
  "ข่าวที่เกี่ยวข้อง" (four titles); DGA's PDPA cookie bar;
- no modified date anywhere;
- the trashed post (linked from page 2) answers 200 with the theme's `content-none`
  "ไม่พบข้อมูล".
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b14_common import B9Site, abbr_be2, build, hm, record

OFFICE = "สำนักงานเกษตรจังหวัดพิจิตร"
SITE_TITLE = "สำนักงานเกษตรจังหวัดพิจิตร – Phichit Provincial Agricultural Extension Office"
SOURCES = ["กลุ่มยุทธศาสตร์และสารสนเทศ", None, "ฝ่ายบริหารทั่วไป สนง.เกษตรจังหวัดพิจิตร", None]
DELETED = "/archives/2207"


class DgaSite(B9Site):
    key = "b14_wp_dga874"
    family = "wordpress"
    imitates = "WordPress + DGA Government Website Template style theme, blog_charset TIS-620 (header + meta) but windows-874 bytes: /archives/N, /category/news/page/N/, same <title> everywhere, headline in h3 below the image, 'วันที่ 16 ก.พ. 67 เวลา 10:30 น.' (two-digit BE), 'จำนวนผู้อ่าน 1,234', 'ที่มา :' for some, tools/share inside .entry-content"
    listing_path = "/category/news/"
    charset = "cp874"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 22, 57, SOURCES, dt.datetime(2024, 5, 20, 16, 30), first_id=2190, step=2
        )
        for a in self.articles:
            a.path = f"/archives/{a.id}"
            a.modified = None
        self.setup_routes()

    def page_url(self, k):
        return "/category/news/" if k == 0 else f"/category/news/page/{k + 1}/"

    def deleted_paths(self):
        return [DELETED]

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return (
            status,
            {"Content-Type": "text/html; charset=TIS-620"},
            text.encode("cp874", "xmlcharrefreplace"),
        )

    def shell(self, inner, crumbs):
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a><span class="post-date">{abbr_be2(x.published)}</span></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<meta charset="TIS-620">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(SITE_TITLE)}</title>
<link rel='stylesheet' id='dga-bootstrap-css' href='/wp-content/themes/dga-gov/assets/css/bootstrap.min.css?ver=4.6.2' type='text/css' media='all' />
<link rel='stylesheet' id='dga-style-css' href='/wp-content/themes/dga-gov/style.css?ver=2.1.0' type='text/css' media='all' />
<meta name="generator" content="WordPress 5.9.8" />
</head>
<body class="wp-custom-logo dga-theme">
<a class="skip-link screen-reader-text" href="#primary">ข้ามไปยังเนื้อหา</a>
<div id="dga-topbar" class="dga-accessibility-bar">
 <div class="container d-flex justify-content-end">
  <div class="dga-font-size"><span class="label">ขนาดตัวอักษร</span> <a href="#" class="fs-minus" title="ลดขนาดตัวอักษร">ก-</a> <a href="#" class="fs-normal" title="ขนาดปกติ">ก</a> <a href="#" class="fs-plus" title="เพิ่มขนาดตัวอักษร">ก+</a></div>
  <div class="dga-contrast"><span class="label">การแสดงผล</span> <a href="#" data-contrast="normal">สีปกติ</a> <a href="#" data-contrast="grayscale">ขาวดำ</a> <a href="#" data-contrast="yellow">ดำเหลือง</a></div>
  <div class="dga-lang"><a href="/" class="active">ภาษาไทย</a> | <a href="/en/">English</a></div>
 </div>
</div>
<header id="masthead" class="site-header">
 <div class="container"><div class="site-branding"><a href="/" class="custom-logo-link" rel="home"><img src="/wp-content/uploads/2021/08/logo-doae.png" class="custom-logo" alt="{OFFICE}"></a><div class="site-title-wrap"><p class="site-title">{OFFICE}</p><p class="site-description">กรมส่งเสริมการเกษตร กระทรวงเกษตรและสหกรณ์</p></div></div></div>
 <nav id="site-navigation" class="main-navigation navbar navbar-expand-lg"><div class="container"><ul id="primary-menu" class="navbar-nav">
  <li class="menu-item"><a href="/">หน้าหลัก</a></li>
  <li class="menu-item menu-item-has-children"><a href="/about/">เกี่ยวกับหน่วยงาน</a><ul class="sub-menu"><li class="menu-item"><a href="/about/history/">ประวัติความเป็นมา</a></li><li class="menu-item"><a href="/about/structure/">โครงสร้างองค์กร</a></li></ul></li>
  <li class="menu-item current-menu-item"><a href="/category/news/">ข่าวประชาสัมพันธ์</a></li>
  <li class="menu-item menu-item-has-children"><a href="/ita/">การเปิดเผยข้อมูลสาธารณะ (OIT)</a><ul class="sub-menu"><li class="menu-item"><a href="/ita/o1/">O1 โครงสร้าง</a></li><li class="menu-item"><a href="/ita/o2/">O2 ข้อมูลผู้บริหาร</a></li><li class="menu-item"><a href="/ita/o10/">O10 แผนดำเนินงานประจำปี</a></li></ul></li>
  <li class="menu-item"><a href="/complaint/">ร้องเรียน/ร้องทุกข์</a></li>
  <li class="menu-item"><a href="/contact/">ติดต่อเรา</a></li>
 </ul></div></nav>
</header>
<div class="dga-page-banner"><div class="container"><h1 class="page-title">ข่าวประชาสัมพันธ์</h1><nav class="breadcrumb-wrap" aria-label="breadcrumb"><ol class="breadcrumb">{crumbs}</ol></nav></div></div>
<div id="content" class="site-content container"><div class="row">
<div id="primary" class="content-area col-lg-8"><main id="main" class="site-main">
{inner}
</main></div>
<aside id="secondary" class="widget-area col-lg-4">
 <section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" placeholder="ค้นหา &hellip;" name="s"><button type="submit" class="search-submit">ค้นหา</button></form></section>
 <section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">ข่าวล่าสุด</h2><ul>{latest}</ul></section>
 <section id="dga-stat-2" class="widget widget_dga_statistics"><h2 class="widget-title">สถิติผู้เข้าชม</h2><ul class="dga-stat"><li>วันนี้ <span>214</span></li><li>เมื่อวาน <span>389</span></li><li>เดือนนี้ <span>6,120</span></li><li>ทั้งหมด <span>1,048,332</span></li></ul></section>
 <section id="media_image-3" class="widget widget_media_image"><a href="https://www.doae.go.th/"><img src="/wp-content/uploads/2021/08/banner-itas.jpg" alt="ITA 2567"></a></section>
</aside>
</div></div>
<footer id="colophon" class="site-footer"><div class="container"><div class="row">
 <div class="col-md-8"><p class="footer-address">{OFFICE} ศาลากลางจังหวัดพิจิตร ถนนคลองคะเชนทร์ ตำบลในเมือง อำเภอเมืองพิจิตร จังหวัดพิจิตร 66000<br>โทรศัพท์ 0-5661-1210 อีเมล phichit@doae.go.th</p></div>
 <div class="col-md-4"><ul class="footer-links"><li><a href="/privacy-policy/">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a></li><li><a href="/website-policy/">นโยบายเว็บไซต์</a></li><li><a href="/sitemap/">แผนผังเว็บไซต์</a></li></ul></div>
</div><p class="copyright">&copy; 2567 {OFFICE} สงวนลิขสิทธิ์</p></div></footer>
<div id="dga-cookie-consent" class="dga-pdpa-bar"><p>เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน <a href="/cookie-policy/">นโยบายคุกกี้</a></p><button type="button" class="btn btn-primary dga-cookie-accept">ยอมรับทั้งหมด</button><button type="button" class="btn btn-link dga-cookie-setting">ตั้งค่า</button></div>
<script src='/wp-content/themes/dga-gov/assets/js/dga-accessibility.js?ver=2.1.0' id='dga-accessibility-js'></script>
</body>
</html>"""

    def when(self, a):
        s = f"วันที่ {abbr_be2(a.published)}"
        return s + f" เวลา {hm(a.published)} น." if a.time_printed else s

    def listing(self, k):
        rows = [(a.path, a.title, self.when(a), a.paras[0][:140], a.id) for a in self.pages[k]]
        if k == 1:
            rows.insert(
                5,
                (
                    DELETED,
                    "ประกาศรายชื่อเกษตรกรผู้ได้รับการคัดเลือก (ฉบับทดสอบ)",
                    "วันที่ 3 ก.พ. 67",
                    "ประกาศรายชื่อเกษตรกรผู้ได้รับการคัดเลือกเข้าร่วมโครงการ",
                    2207,
                ),
            )
        arts = "".join(
            f'<article id="post-{pid}" class="dga-news-item post-{pid} post type-post status-publish format-standard has-post-thumbnail hentry category-news"><div class="row"><div class="col-md-4"><a href="{path}" class="post-thumbnail"><img src="/wp-content/uploads/2024/{pid}-300x200.jpg" alt=""></a></div><div class="col-md-8"><h2 class="entry-title"><a href="{path}" rel="bookmark">{esc(title)}</a></h2><div class="entry-meta"><span class="posted-on"><i class="fa fa-calendar"></i> {when}</span></div><div class="entry-summary"><p>{esc(summary)} [&hellip;]</p></div><a href="{path}" class="btn btn-sm btn-outline-primary">อ่านต่อ</a></div></div></article>'
            for path, title, when, summary, pid in rows
        )
        links = []
        if k:
            links.append(
                f'<a class="prev page-numbers" href="{self.page_url(k - 1)}">&laquo; ก่อนหน้า</a>'
            )
        for j in range(len(self.pages)):
            links.append(
                f'<span aria-current="page" class="page-numbers current">{j + 1}</span>'
                if j == k
                else f'<a class="page-numbers" href="{self.page_url(j)}">{j + 1}</a>'
            )
        if k < len(self.pages) - 1:
            links.append(
                f'<a class="next page-numbers" href="{self.page_url(k + 1)}">ถัดไป &raquo;</a>'
            )
        inner = f'<div class="dga-news-list">{arts}</div><nav class="navigation pagination" aria-label="เรื่อง"><h2 class="screen-reader-text">การนำทางเรื่อง</h2><div class="nav-links">{"".join(links)}</div></nav>'
        crumbs = '<li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item active">ข่าวประชาสัมพันธ์</li>'
        return self.shell(inner, crumbs)

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + j) % len(self.articles)] for j in (1, 3, 4, 6)]

    def detail(self, a):
        body = "".join(f"<p>{esc(x)}</p>\n" for x in a.paras)
        if a.source:
            body += f"<p><strong>ที่มา :</strong> {esc(a.source)}</p>\n"
        views = f"{a.views:,}"
        tags = ""
        if a.tags:
            tags = (
                '<div class="tags-links"><span class="tags-title">ป้ายกำกับ:</span> '
                + ", ".join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
                + "</div>"
            )
        rel = "".join(
            f'<li class="col-md-6"><a href="{x.path}"><img src="/wp-content/uploads/2024/{x.id}-300x200.jpg" alt=""><span>{esc(x.title)}</span></a></li>'
            for x in self.related(a)
        )
        inner = f"""<article id="post-{a.id}" class="dga-news-single post-{a.id} post type-post status-publish format-standard has-post-thumbnail hentry category-news">
<div class="post-thumbnail"><img width="800" height="450" src="/wp-content/uploads/2024/{a.id}-800x450.jpg" class="attachment-large size-large wp-post-image" alt=""></div>
<div class="entry-meta"><span class="posted-on"><i class="fa fa-calendar"></i> {self.when(a)}</span> | <span class="post-views"><i class="fa fa-eye"></i> จำนวนผู้อ่าน {views}</span> | <span class="cat-links"><a href="/category/news/" rel="category tag">ข่าวประชาสัมพันธ์</a></span></div>
<h3 class="dga-news-title">{esc(a.title)}</h3>
<div class="entry-content">
{body}<div class="dga-tools"><a href="{a.path}?print=1" class="print-link" rel="nofollow"><i class="fa fa-print"></i> พิมพ์</a> | <a href="mailto:?subject=ข่าวประชาสัมพันธ์&amp;body={a.path}" class="email-link"><i class="fa fa-envelope"></i> ส่งอีเมล</a> | <a href="{a.path}?pdf=1" class="pdf-link" rel="nofollow"><i class="fa fa-file-pdf-o"></i> PDF</a></div>
<div class="dga-share"><span>แชร์ :</span> <a href="https://www.facebook.com/sharer/sharer.php?u={a.path}" class="share-fb" target="_blank">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={a.path}" class="share-line" target="_blank">LINE</a> <a href="https://twitter.com/intent/tweet?url={a.path}" class="share-tw" target="_blank">Twitter</a></div>
</div>
<footer class="entry-footer">{tags}</footer>
</article>
<div class="dga-related"><h4 class="related-title">ข่าวที่เกี่ยวข้อง</h4><ul class="row">{rel}</ul></div>"""
        crumbs = f'<li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="/category/news/">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active">{esc(a.title)}</li>'
        return self.shell(inner, crumbs)

    def deleted(self):
        inner = '<section class="no-results not-found"><header class="page-header"><h2 class="page-title">ไม่พบข้อมูล</h2></header><div class="page-content"><p>ขออภัย ไม่พบข้อมูลที่ท่านต้องการ กรุณาลองค้นหาอีกครั้ง</p><form role="search" method="get" class="search-form" action="/"><input type="search" class="search-field" placeholder="ค้นหา &hellip;" name="s"><button type="submit" class="search-submit">ค้นหา</button></form></div></section>'
        crumbs = '<li class="breadcrumb-item"><a href="/">หน้าหลัก</a></li><li class="breadcrumb-item active">ไม่พบข้อมูล</li>'
        return self.shell(inner, crumbs)

    def expected(self):
        out = []
        for a in self.articles:
            rel = self.related(a)
            must_not = [
                f"จำนวนผู้อ่าน {a.views:,}",
                "ส่งอีเมล",
                "แชร์ :",
                "ป้ายกำกับ:",
                "ข่าวที่เกี่ยวข้อง",
                rel[0].title,
                rel[-1].title,
                "ขนาดตัวอักษร",
                "ดำเหลือง",
                "การเปิดเผยข้อมูลสาธารณะ (OIT)",
                "สถิติผู้เข้าชม",
                "1,048,332",
                "เว็บไซต์นี้มีการใช้งานคุกกี้",
                "Phichit Provincial Agricultural Extension Office",
            ]
            out.append(record(self, a, must_not, modified=False))
        return out


SITE = DgaSite()

if __name__ == "__main__":
    main(SITE)
