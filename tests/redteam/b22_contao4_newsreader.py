"""Blind-22 red-team site: a provincial energy office (สำนักงานพลังงานจังหวัดเชียงราย) on
**Contao 4.9 LTS** (news bundle, vendor-built theme), built blind.

What it imitates:
- Contao's `fe_page` shell: `<base href>` with relative hrefs everywhere ("news-detail/…",
  "assets/…", "files/…"), `generator` "Contao Open Source CMS", combined assets
  (`assets/css/layout.min.css,responsive.min.css,…-hash.css`), `body#top`, `div#wrapper` >
  `header#header` / `div#container` (`main#main` + `aside#left`) / `footer#footer`, each with
  `div.inside`; `mod_article` wrappers, `mod_navigation`, `mod_breadcrumb` (its last item is
  the reader page's own title "อ่านข่าว", not the headline), indexer::stop comments;
- **no Thai language pack**: every front-end string of Contao itself falls back to English
  ("by", "Page 2 of 3", "Go to page 2", "Next ›", "Last »", "Go back", "Read more …",
  "Username", "Login"), next to the office's Thai content;
- the vendor kept Contao's German-style `datimFormat` **'d.m.Y H:i'** ("05.02.2024 14:20",
  day first, dots) in `p.info` (`<time datetime="…+07:00" itemprop="datePublished">`), "by
  <author name>";
- `news_full.html5` (Contao 4.4–4.9): `div.layout_full[itemscope itemtype=schema.org/Article]`
  with `h1[itemprop=name]` = the headline and, on the newer items, **a subheadline
  `h2[itemprop=headline]` "ข่าวประชาสัมพันธ์ ฉบับที่ 12/2567"** (the press-release number,
  which a microdata reader takes for the headline); the news text as content elements:
  `ce_text` blocks, an optional `ce_image` with caption, an optional `ce_gallery`, a right-
  aligned credit `ce_text` ("ข่าว/ภาพ :", "ที่มา :", "เรียบเรียง :" + office, 4 items in 7), the
  share buttons as a `ce_html` ("แชร์ข่าวนี้ :" Facebook / LINE / X / "พิมพ์") — all inside
  `layout_full`; the enclosure list (`ul.enclosure`, "(412.3 KiB)") and tags (codefog tags
  "Tags:") at its end; then `p.back` "Go back";
- a "ข่าวที่เกี่ยวข้อง" `mod_newslist` with `layout_simple` items (date + title) under the
  reader; left column: navigation, "ข่าวล่าสุด", a Visitors module (Online / Today / Total);
  oveleon-style cookie bar; footer with address;
- the news list `/news.html` with `layout_latest` items (date, optional image, `h2` link,
  teaser, "Read more …") and Contao's pagination **`?page_n27=2`** (the list module's id in
  the parameter name), "Page 1 of 3";
- the deleted item: a news item of the internal archive whose jump-to page "intranet" hides
  its protected reader module from guests; the list still links it
  (`intranet/pr67-0NN.html`, a number skipped by the live items), and the page answers 200 with the member login module only.
"""

from __future__ import annotations

import datetime as dt

from ._common import be, esc, main
from .b22c_common import B9Site, build, record

SITE_NAME = "สำนักงานพลังงานจังหวัดเชียงราย"
LIST_MODULE = 27
SOURCES = [
    "กลุ่มงานยุทธศาสตร์พลังงาน สำนักงานพลังงานจังหวัดเชียงราย",
    None,
    "สำนักงานประชาสัมพันธ์จังหวัดเชียงราย",
    None,
    "กองประชาสัมพันธ์ สำนักงานปลัดกระทรวงพลังงาน",
    "ศูนย์ข้อมูลพลังงานจังหวัดเชียงราย",
    None,
]
LABELS = ["ข่าว/ภาพ :", "ที่มา :", "เรียบเรียง :"]
AUTHORS = ["Webmaster", "นางสาวพิมพ์ชนก แสงดี", "admin_pr"]
DELETED_TITLE = "แจ้งเวียนแนวทางการประหยัดพลังงานภายในสำนักงาน (สำหรับเจ้าหน้าที่)"


def datim(d: dt.datetime) -> str:
    """Contao's datimFormat as the vendor left it: 'd.m.Y H:i'."""
    return f"{d.day:02d}.{d.month:02d}.{d.year} {d.hour:02d}:{d.minute:02d}"


def w3c(d: dt.datetime) -> str:
    return d.isoformat()


class Contao4NewsreaderSite(B9Site):
    key = "b22_contao4_newsreader"
    family = "generic"
    imitates = (
        "Contao 4.9 LTS news bundle, vendor theme, no Thai language pack (English furniture): "
        "<base href> + relative hrefs, mod_newslist layout_latest with pagination ?page_n27=N "
        "('Page 1 of 3'), news_full layout_full (h1 itemprop=name, subheadline h2 "
        "itemprop=headline = press-release number, p.info time 'd.m.Y H:i' + 'by author'), "
        "ce_text/ce_image/ce_gallery, credit ce_text, share ce_html, enclosure, tags, Go back, "
        "related newslist, visitors module, cookie bar; deleted = protected reader on the "
        "intranet page: member login only (200)"
    )
    listing_path = "/news.html"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 23, 37, dt.datetime(2024, 3, 8, 16, 0), first_id=312, step=2
        )
        # press-release numbers run per Buddhist-era year, oldest first
        seq: dict[int, int] = {}
        for a in reversed(self.articles):
            y = be(a.published)
            seq[y] = seq.get(y, 0) + (2 if a.id % 3 == 0 else 1)
            a.extra["no"] = seq[y]
            a.extra["alias"] = f"pr{str(y)[-2:]}-{seq[y]:03d}"
        for i, a in enumerate(self.articles):
            a.time_printed = True  # Contao prints the news time in p.info and datetime
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["label"] = LABELS[i % len(LABELS)]
            a.path = f"/news-detail/{a.extra['alias']}.html"
            a.extra["author"] = AUTHORS[i % len(AUTHORS)]
            a.extra["sub"] = i < 14  # the press-release number as subheadline (newer items)
            a.extra["image"] = i % 3 == 0
            a.extra["gallery"] = i % 4 == 2
            a.extra["enclosure"] = i % 5 == 1
        # the withdrawn internal item took one of the skipped numbers, the one in page 2's range
        on_p2 = self.articles[self.per_page + 3]
        taken = {a.extra["no"] for a in self.articles}
        gap = next(n for n in range(on_p2.extra["no"], 0, -1) if n not in taken)
        self.deleted_alias = f"pr67-{gap:03d}"
        self.deleted_path = f"/intranet/{self.deleted_alias}.html"
        assert be(on_p2.published) == 2567
        self.setup_routes()

    def page_url(self, k):
        return "/news.html" if k == 0 else f"/news.html?page_n{LIST_MODULE}={k + 1}"

    def deleted_paths(self):
        return [self.deleted_path]

    def robots(self):
        return "User-agent: *\nDisallow: /contao/\nDisallow: /intranet.html\n\nSitemap: /share/sitemap.xml\n"

    def route(self, path, query, raw_query, base):
        self.base = base
        return super().route(path, query, raw_query, base)

    # ------------------------------------------------------------------ shell

    def shell(self, *, title, main_html, description="", body_class="", crumbs=()):
        base = getattr(self, "base", "http://127.0.0.1") + "/"
        latest = "".join(
            f'<div class="layout_simple arc_2 block{" first" if j == 0 else ""}"><time datetime="{w3c(a.published)}">{datim(a.published)[:10]}</time> <a href="news-detail/{a.extra["alias"]}.html" title="Read the article: {esc(a.title)}">{esc(a.title)}</a></div>\n'
            for j, a in enumerate(self.articles[:5])
        )
        first_cls = ' class="first"'
        crumb = "".join(
            f'<li{first_cls if j == 0 else ""}><a href="{u}" title="{esc(t)}">{esc(t)}</a></li>'
            if u
            else f'<li class="active last">{esc(t)}</li>'
            for j, (u, t) in enumerate(crumbs)
        )
        desc = f'<meta name="description" content="{esc(description)}">\n' if description else ""
        return f"""<!DOCTYPE html>
<html lang="th">
<head>

      <meta charset="utf-8">
    <title>{esc(title)} - {SITE_NAME}</title>
    <base href="{base}">

          <meta name="robots" content="index,follow">
      {desc}      <meta name="generator" content="Contao Open Source CMS">

    <meta name="viewport" content="width=device-width,initial-scale=1.0,shrink-to-fit=no">
        <link rel="stylesheet" href="assets/css/layout.min.css,responsive.min.css,colorbox.min.css,cookiebar.css,theme_energy.css-b81d2f4c.css">        <script src="assets/js/jquery.min.js,cookiebar.min.js-2a93c0de.js"></script><link rel="alternate" href="share/energy-news.xml" type="application/rss+xml" title="ข่าวประชาสัมพันธ์ สพจ.เชียงราย">
<link rel="icon" href="files/energy/img/favicon.ico">

  </head>
<body id="top" class="{body_class}" itemscope itemtype="http://schema.org/WebPage">

      
    <div id="wrapper">

                        <header id="header">
            <div class="inside">
              
<div class="logo"><a href="./"><img src="files/energy/img/logo-energy-cri.png" alt="{SITE_NAME}"></a><span class="site-title">{SITE_NAME}</span><span class="site-sub">Chiang Rai Provincial Energy Office</span></div>
<!-- indexer::stop -->
<nav class="mod_navigation block" itemscope itemtype="http://schema.org/SiteNavigationElement">

  
  <a href="news-detail/{self.articles[0].extra["alias"]}.html#skipNavigation1" class="invisible">Skip navigation</a>

  
<ul class="level_1">
            <li class="first"><a href="./" title="หน้าหลัก" class="first" itemprop="url"><span itemprop="name">หน้าหลัก</span></a></li>
                <li class="submenu"><a href="about.html" title="เกี่ยวกับหน่วยงาน" class="submenu" itemprop="url"><span itemprop="name">เกี่ยวกับหน่วยงาน</span></a></li>
                <li class="trail"><a href="news.html" title="ข่าวประชาสัมพันธ์" class="trail" itemprop="url"><span itemprop="name">ข่าวประชาสัมพันธ์</span></a></li>
                <li><a href="energy-data.html" title="ข้อมูลพลังงานจังหวัด" itemprop="url"><span itemprop="name">ข้อมูลพลังงานจังหวัด</span></a></li>
                <li><a href="procurement.html" title="จัดซื้อจัดจ้าง" itemprop="url"><span itemprop="name">จัดซื้อจัดจ้าง</span></a></li>
                <li class="last"><a href="contact.html" title="ติดต่อเรา" class="last" itemprop="url"><span itemprop="name">ติดต่อเรา</span></a></li>
      </ul>

  <a id="skipNavigation1" class="invisible">&nbsp;</a>

</nav>
<!-- indexer::continue -->
            </div>
          </header>
              
      
              <div id="container">

                      <main id="main">
              <div class="inside">
                
<!-- indexer::stop -->
<div class="mod_breadcrumb block">
  <ul itemprop="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">
    {crumb}
  </ul>
</div>
<!-- indexer::continue -->
{main_html}
              </div>
                          </main>
          
                                    <aside id="left">
                <div class="inside">
                  
<!-- indexer::stop -->
<div class="mod_newslist latest block">
  <h3>ข่าวล่าสุด</h3>
{latest}</div>
<!-- indexer::continue -->

<!-- indexer::stop -->
<div class="mod_visitors block">
  <h3>สถิติผู้เข้าชม</h3>
  <div class="visitor_count invisible"><!-- not counted --></div>
  <div class="visitor_useronline"><span class="visitor_useronline_left">Online:</span> <span class="visitor_useronline_right">4</span></div>
  <div class="visitor_visitorcount"><span class="visitor_visitorcount_left">Today:</span> <span class="visitor_visitorcount_right">236</span></div>
  <div class="visitor_totalvisitcount"><span class="visitor_totalvisitcount_left">Total:</span> <span class="visitor_totalvisitcount_right">418,552</span></div>
</div>
<!-- indexer::continue -->
                </div>
              </aside>
                      
                  </div>
      
                        <footer id="footer">
            <div class="inside">
              
<div class="ce_text block">
<p><strong>{SITE_NAME}</strong><br>ศาลากลางจังหวัดเชียงราย ชั้น 3 ถนนแม่ฟ้าหลวง ตำบลริมกก อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100<br>โทรศัพท์ 0 5317 7045</p>
</div>
<p class="copyright">© 2567 {SITE_NAME} | <a href="privacy.html">นโยบายความเป็นส่วนตัว</a></p>
            </div>
          </footer>
              
    </div>

  
<!-- indexer::stop -->
<div id="cookiebar" class="contao-cookiebar cc-wrap cc-bottom" role="complementary" aria-describedby="cookiebar-desc" data-nosnippet>
  <div class="cc-inner" aria-live="assertive" role="alert">
    <div id="cookiebar-desc" class="cc-head"><p>เว็บไซต์นี้มีการใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์การใช้งานที่ดีที่สุด</p></div>
    <div class="cc-footer"><button class="cc-btn success" data-accept-all>ยอมรับทั้งหมด</button> <button class="cc-btn save" data-save>บันทึกการตั้งค่า</button></div>
  </div>
</div>
<!-- indexer::continue -->
<script src="assets/colorbox/js/colorbox.min.js?v=1.6.6"></script>
<script>jQuery(function($){{$('a[data-lightbox]').map(function(){{$(this).colorbox({{loop:false,rel:$(this).attr('data-lightbox'),maxWidth:'95%',maxHeight:'95%'}})}})}});</script>
</body>
</html>
"""

    # ------------------------------------------------------------------ list

    def pagination(self, k):
        n = len(self.pages)
        items = []
        if k > 0:
            items.append(
                '<li class="first"><a href="news.html" class="first" title="Go to page 1">&#171; First</a></li>'
            )
            prev = "news.html" if k == 1 else f"news.html?page_n{LIST_MODULE}={k}"
            items.append(
                f'<li class="previous"><a href="{prev}" class="previous" title="Go to page {k}">&#8249; Previous</a></li>'
            )
        for j in range(n):
            if j == k:
                items.append(f'<li><strong class="active">{j + 1}</strong></li>')
            else:
                u = "news.html" if j == 0 else f"news.html?page_n{LIST_MODULE}={j + 1}"
                items.append(
                    f'<li><a href="{u}" class="link" title="Go to page {j + 1}">{j + 1}</a></li>'
                )
        if k < n - 1:
            items.append(
                f'<li class="next"><a href="news.html?page_n{LIST_MODULE}={k + 2}" class="next" title="Go to page {k + 2}">Next &#8250;</a></li>'
            )
            items.append(
                f'<li class="last"><a href="news.html?page_n{LIST_MODULE}={n}" class="last" title="Go to page {n}">Last &#187;</a></li>'
            )
        return f"""
<!-- indexer::stop -->
<div class="pagination block">

  <p>Page {k + 1} of {n}</p>

  <ul>
    {"".join(items)}
  </ul>

</div>
<!-- indexer::continue -->
"""

    def listing(self, k):
        rows = [
            (
                f"news-detail/{a.extra['alias']}.html",
                a.title,
                a.published,
                a.paras[0][:200],
                a.extra["image"],
                a.extra["alias"],
                1,
            )
            for a in self.pages[k]
        ]
        if k == 1:
            d = self.pages[1][3].published + dt.timedelta(hours=5)
            rows.insert(
                3,
                (
                    self.deleted_path[1:],
                    DELETED_TITLE,
                    d,
                    "สำนักงานพลังงานจังหวัดเชียงรายขอแจ้งเวียนแนวทางการประหยัดพลังงานภายในสำนักงานให้เจ้าหน้าที่ทุกคนถือปฏิบัติ",
                    False,
                    self.deleted_alias,
                    3,
                ),
            )
        out = []
        n = len(rows)
        for j, (u, title, d, teaser, img, alias, arc) in enumerate(rows):
            cls = f"layout_latest arc_{arc} block{' first' if j == 0 else ''}{' last' if j == n - 1 else ''} {'even' if j % 2 == 0 else 'odd'}"
            pic = (
                f'<figure class="image_container float_above"><a href="{u}" title="{esc(title)}"><img src="assets/images/{alias[-1]}/{alias}-thumb-{alias[2:4]}e1.jpg" width="360" height="240" alt=""></a></figure>'
                if img
                else ""
            )
            out.append(
                f"""
<div class="{cls}">

      <p class="info"><time datetime="{w3c(d)}">{datim(d)}</time>  </p>
  
  {pic}

  <h2><a href="{u}" title="Read the article: {esc(title)}">{esc(title)}</a></h2>

  <div class="ce_text block">
    <p>{esc(teaser)} …</p>  </div>

      <p class="more"><a href="{u}" title="Read the article: {esc(title)}">Read more …<span class="invisible"> {esc(title)}</span></a></p>
  
</div>
"""
            )
        main_html = f"""
  <div class="mod_article first last block" id="article-12">
    
      
<div class="ce_text block">
<h1 class="ce_headline">ข่าวประชาสัมพันธ์</h1>
</div>

<div class="mod_newslist block">

        
  
      {"".join(out)}
      {self.pagination(k)}
  

</div>
  
</div>
"""
        return self.shell(
            title="ข่าวประชาสัมพันธ์",
            main_html=main_html,
            body_class="news",
            crumbs=[("./", "หน้าหลัก"), (None, "ข่าวประชาสัมพันธ์")],
        )

    # ------------------------------------------------------------------ reader

    def related_for(self, a):
        others = [x for x in self.articles if x is not a]
        shared = [x for x in others if set(x.tags) & set(a.tags)]
        return (shared + [x for x in others if x not in shared])[:4]

    def detail(self, a):
        alias = a.extra["alias"]
        paras = a.paras
        cut = 1 if len(paras) <= 3 else 2
        first = "".join(f"<p>{esc(p)}</p>" for p in paras[:cut])
        rest = "".join(f"<p>{esc(p)}</p>" for p in paras[cut:])
        image = (
            f"""
<div class="ce_image block">
  <figure class="image_container">
    <a href="files/energy/news/{a.published.year}/{alias}/{alias}-01.jpg" data-lightbox="{alias}"><img src="assets/images/{alias[-1]}/{alias}-01-8f2e{a.id}.jpg" width="800" height="533" alt="" itemprop="image"></a>
          <figcaption class="caption">ภาพประกอบข่าว {SITE_NAME}</figcaption>
      </figure>
</div>
"""
            if a.extra["image"]
            else ""
        )
        gallery = ""
        if a.extra["gallery"]:
            lis = "".join(
                f'<li class="row_0 row_first row_last {"even" if c % 2 == 0 else "odd"} col_{c}{" col_first" if c == 0 else ""}{" col_last" if c == 3 else ""}"><figure class="image_container"><a href="files/energy/news/{a.published.year}/{alias}/{alias}-g{c + 1}.jpg" data-lightbox="lb{a.id}"><img src="assets/images/g/{alias}-g{c + 1}-thumb.jpg" width="180" height="120" alt=""></a></figure></li>'
                for c in range(4)
            )
            gallery = f"""
<div class="ce_gallery block">
      <h3>ภาพกิจกรรม</h3>
  <ul class="cols_4">{lis}</ul>
</div>
"""
        credit = (
            f"""
<div class="ce_text block">
<p style="text-align: right;"><strong>{a.extra["label"]}</strong> {esc(a.source)}</p>
</div>
"""
            if a.source
            else ""
        )
        share = f"""
<div class="ce_html block share-tools">
<!-- indexer::stop --><div class="share-buttons"><span class="share-label">แชร์ข่าวนี้ :</span> <a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.chiangrai.energy.go.th%2Fnews-detail%2F{alias}.html" target="_blank" rel="noopener">Facebook</a> <a class="share-line" href="https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fwww.chiangrai.energy.go.th%2Fnews-detail%2F{alias}.html" target="_blank" rel="noopener">LINE</a> <a class="share-x" href="https://twitter.com/intent/tweet?url=https%3A%2F%2Fwww.chiangrai.energy.go.th%2Fnews-detail%2F{alias}.html" target="_blank" rel="noopener">X</a> <a class="share-print" href="javascript:window.print()">พิมพ์</a></div><!-- indexer::continue -->
</div>
"""
        enclosure = (
            f"""
      <ul class="enclosure">
                  <li class="download-element ext-pdf">
             <a href="news-detail/{alias}.html?file=files/energy/news/{a.published.year}/{alias}/{alias}.pdf" title="ดาวน์โหลด {alias}.pdf">{alias}.pdf <span class="size">(412.3 KiB)</span></a>
          </li>
              </ul>
  """
            if a.extra["enclosure"]
            else ""
        )
        tags = ""
        if a.tags:
            tags = (
                '\n  <div class="news-tags"><span class="tags-label">Tags:</span> <ul class="tags">'
                + "".join(f'<li><a href="news.html?tag={esc(t)}">{esc(t)}</a></li>' for t in a.tags)
                + "</ul></div>\n"
            )
        sub = (
            f'\n      <h2 itemprop="headline">ข่าวประชาสัมพันธ์ ฉบับที่ {a.extra["no"]}/{be(a.published)}</h2>\n  '
            if a.extra["sub"]
            else ""
        )
        related = "".join(
            f'<div class="layout_simple arc_1 block"><time datetime="{w3c(x.published)}">{datim(x.published)}</time> <a href="news-detail/{x.extra["alias"]}.html" title="Read the article: {esc(x.title)}">{esc(x.title)}</a></div>\n'
            for x in self.related_for(a)
        )
        main_html = f"""
  <div class="mod_article first last block" id="article-31">
    
      
<div class="mod_newsreader block">

        
  
  
<div class="layout_full block" itemscope itemtype="http://schema.org/Article">

  <h1 itemprop="name">{esc(a.title)}</h1>

      <p class="info"><time datetime="{w3c(a.published)}" itemprop="datePublished">{datim(a.published)}</time> by {esc(a.extra["author"])} </p>
  {sub}
      
<div class="ce_text block">
{first}
</div>
{image}
<div class="ce_text block">
{rest}
</div>
{gallery}{credit}{share}  {enclosure}{tags}
</div>

  <!-- indexer::stop -->
  <p class="back"><a href="javascript:history.go(-1)" title="Go back">Go back</a></p>
  <!-- indexer::continue -->

  

</div>

<!-- indexer::stop -->
<div class="mod_newslist related block">
      <h2>ข่าวที่เกี่ยวข้อง</h2>
  {related}
</div>
<!-- indexer::continue -->
  
</div>
"""
        return self.shell(
            title=a.title,
            main_html=main_html,
            description=a.paras[0][:150],
            body_class="news-detail",
            crumbs=[("./", "หน้าหลัก"), ("news.html", "ข่าวประชาสัมพันธ์"), (None, "อ่านข่าว")],
        )

    def deleted(self):
        main_html = """
  <div class="mod_article first last block" id="article-44">
    
      
<div class="ce_text block">
<h1 class="ce_headline">สำหรับเจ้าหน้าที่</h1>
<p>ข้อมูลส่วนนี้สำหรับเจ้าหน้าที่สำนักงานพลังงานจังหวัดเชียงรายเท่านั้น กรุณาเข้าสู่ระบบ</p>
</div>

<!-- indexer::stop -->
<div class="mod_login login block">

  
  <form id="tl_login_45" method="post">
    <div class="formbody">
                  <input type="hidden" name="FORM_SUBMIT" value="tl_login_45">
      <input type="hidden" name="REQUEST_TOKEN" value="Xq3fTz9Lw2Ne0c5AbKm1PqRs8vUy4Gh7">
      <input type="hidden" name="_target_path" value="aHR0cHM6Ly93d3cuY2hpYW5ncmFpLmVuZXJneS5nby50aC9pbnRyYW5ldC5odG1s">
      <input type="hidden" name="_always_use_target_path" value="0">
              <div class="widget widget-text">
          <label for="username">Username</label>
          <input type="text" name="username" id="username" class="text" value="" autocapitalize="off" autocomplete="username" required>
        </div>
        <div class="widget widget-password">
          <label for="password">Password</label>
          <input type="password" name="password" id="password" class="text password" value="" autocomplete="current-password" required>
        </div>
        <div class="widget widget-submit">
          <button type="submit" class="submit">Login</button>
        </div>
          </div>
  </form>

</div>
<!-- indexer::continue -->
  
</div>
"""
        return self.shell(
            title="สำหรับเจ้าหน้าที่",
            main_html=main_html,
            body_class="intranet",
            crumbs=[("./", "หน้าหลัก"), (None, "สำหรับเจ้าหน้าที่")],
        )

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                datim(a.published),
                f"by {a.extra['author']}",
                f"ข่าวประชาสัมพันธ์ ฉบับที่ {a.extra['no']}/{be(a.published)}",
                "ภาพประกอบข่าว",
                "ภาพกิจกรรม",
                "แชร์ข่าวนี้ :",
                "Facebook",
                f"{a.extra['alias']}.pdf",
                "(412.3 KiB)",
                "Tags:",
                "Go back",
                "ข่าวที่เกี่ยวข้อง",
                *(x.title for x in self.related_for(a)[:2]),
                "ข่าวล่าสุด",
                "สถิติผู้เข้าชม",
                "Online:",
                "Skip navigation",
                "อ่านข่าว",
                "เว็บไซต์นี้มีการใช้คุกกี้",
                "ศาลากลางจังหวัดเชียงราย ชั้น 3",
                "นโยบายความเป็นส่วนตัว",
            ]
            # no hit counter and no modification date anywhere on a Contao 4.9 news page
            out.append(record(self, a, must_not, views=False, modified=False))
        return out


SITE = Contao4NewsreaderSite()

if __name__ == "__main__":
    main(SITE)
