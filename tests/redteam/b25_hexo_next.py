"""Blind-25 red-team site: a **Hexo 7 static site with the NexT 8 theme (Gemini scheme)**,
the news blog of a district office (ที่ทำการปกครองอำเภอสวรรคโลก), built blind.

What it imitates:
- **hexo-abbrlink** permalinks `/posts/<crc16 decimal>/`; the home page is the news list,
  paginated by hexo-generator-index `/page/N/` with NexT's `nav.pagination`
  (`a.extend.prev`, `a.page-number`, `span.page-number.current`, `a.extend.next`, icon-only
  arrows); each list entry is the post up to `<!-- more -->` with "อ่านต่อ »";
- NexT's shell: `header.header` with `div.site-brand-container` (`h1.site-title` on every page,
  so the **only `h1` of the home page is the brand**), the sidebar's site overview
  ("บทความ 25 / หมวดหมู่ 3 / แท็ก 12"), footer with **busuanzi** site counters whose
  `<span>`s are empty in the HTML (filled by JavaScript), "ขับเคลื่อนโดย Hexo & NexT.Gemini";
- the single post: `article.post[itemscope]`, hidden `link[itemprop=mainEntityOfPage]`,
  `span[itemprop=author]`, `h1.post-title[itemprop="name headline"]`; `div.post-meta` with
  "โพสต์เมื่อ" and **`time[datetime]` (ISO with +07:00) whose visible text is only the day
  `2024-03-15`** and whose `title` is "สร้างเมื่อ：2024-03-15 10:30:00"; "แก้ไขเมื่อ" printed only
  when the edit falls on **another day** (NexT's `updated_at.another_day`); the category;
  **busuanzi's per-page counter "ยอดเข้าชม：" with an empty span** (so no view count is
  printed), and **hexo-word-counter's "จำนวนตัวอักษร：1.2k" and "เวลาอ่าน ≈ 3 นาที"** right
  beside it (numbers that are not counters);
- Hexo's `open_graph` helper: `article:published_time` / `article:modified_time` **in UTC
  with milliseconds** (`…T03:30:00.000Z`) for every post; `meta name=generator` "Hexo 7.1.1";
- `div.post-body[itemprop=articleBody]` with `<span id="more"></span>` after the first
  paragraph, a captioned image (some), a blockquote or bold "ที่มา：" / "ข่าว/ภาพ：" line
  (most), then, inside the article: **hexo-related-popular-posts "บทความที่เกี่ยวข้อง"**,
  NexT's `div.post-copyright` ("ผู้เขียน：", "ลิงก์บทความ：", "ประกาศลิขสิทธิ์："), a share bar,
  `div.post-tags` with `fa-tag` icons, and `div.post-nav` with both **neighbour titles**;
  a utterances comment placeholder;
- the deleted item: a post encrypted by **hexo-blog-encrypt**, still listed on page 2: 200,
  the `#hexo-blog-encrypt` password box and an opaque hex blob, no text.
"""

from __future__ import annotations

import binascii
import datetime as dt
from urllib.parse import quote

from ._common import esc, main
from .b8_common import record
from .b20b_common import B9Site, build, neighbours

SITE_NAME = "ที่ทำการปกครองอำเภอสวรรคโลก"
SUBTITLE = "ข่าวสารและกิจกรรม"
HOST = "https://sawankhalok-district.github.io"
SOURCES = [
    "ฝ่ายบริหารงานปกครอง อำเภอสวรรคโลก",
    "สำนักงานประชาสัมพันธ์จังหวัดสุโขทัย",
    None,
    "งานประชาสัมพันธ์ อำเภอสวรรคโลก",
    None,
]
CATS = ["ข่าวประชาสัมพันธ์", "กิจกรรม", "ประกาศ"]
DELETED_ABBR = 7213
DELETED_TITLE = "รายงานการประชุมหัวหน้าส่วนราชการประจำเดือน (เฉพาะเจ้าหน้าที่)"
DELETED_DATE = dt.datetime(2024, 2, 9, 9, 15)
UTC = dt.UTC


def abbrlink(title: str) -> int:
    """hexo-abbrlink with alg crc16, rep dec."""
    return binascii.crc_hqx(title.encode("utf-8"), 0)


def utc_ms(d: dt.datetime) -> str:
    return d.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S") + ".000Z"


def k_chars(n: int) -> str:
    return f"{n / 1000:.1f}k" if n >= 1000 else str(n)


class HexoNextSite(B9Site):
    key = "b25_hexo_next"
    family = "generic"
    imitates = (
        "Hexo 7 + NexT 8 Gemini (district office news blog): hexo-abbrlink /posts/<crc16>/, "
        "home list /page/N/ with NexT pagination and <!-- more --> excerpts; brand h1 on every "
        "page, headline h1.post-title; time[datetime] ISO, visible day only, 'แก้ไขเมื่อ' only "
        "when edited on another day; og article:*_time in UTC ms; busuanzi page counter empty "
        "(no view count) beside word-count / reading-time numbers; related posts, post-copyright, "
        "share, tags and post-nav titles in the article; deleted = hexo-blog-encrypt post"
    )
    listing_path = "/"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 24, 38, SOURCES, dt.datetime(2024, 4, 2, 17, 30), first_id=1, step=1
        )
        seen = set()
        for i, a in enumerate(self.articles):
            a.time_printed = True  # datetime attribute always carries the time
            n = abbrlink(a.title)
            while n in seen or n == DELETED_ABBR:
                n += 1
            seen.add(n)
            a.id = n
            a.path = f"/posts/{n}/"
            a.extra["edited"] = a.modified is not None
            if a.modified is None:
                a.modified = a.published  # Hexo: updated = date; og prints it for every post
            elif i % 4 == 0:
                # an edit the same afternoon: og prints it, the visible meta does not
                a.modified = a.published + dt.timedelta(hours=1, minutes=12 + i)
            a.extra["another_day"] = a.modified.date() != a.published.date()
            a.extra["cat"] = CATS[i % 3]
            a.extra["label"] = "ข่าว/ภาพ：" if i % 3 == 1 else "ที่มา："
            a.extra["quote"] = i % 2 == 0
            a.extra["image"] = i % 4 == 2
            chars = sum(len(p) for p in a.paras)
            a.extra["chars"] = chars
            a.extra["minutes"] = max(1, round(chars / 400))
        self.deleted_path = f"/posts/{DELETED_ABBR}/"
        self.setup_routes()

    def page_url(self, k):
        return "/" if k == 0 else f"/page/{k + 1}/"

    def deleted_paths(self):
        return [self.deleted_path]

    def extra_route(self, key, query):
        if key == "/atom.xml":
            entries = "".join(
                f'<entry><title>{esc(a.title)}</title><link href="{HOST}{a.path}"/>'
                f"<id>{HOST}{a.path}</id><published>{a.published.isoformat()}</published>"
                f"<updated>{a.modified.isoformat()}</updated></entry>"
                for a in self.articles[:10]
            )
            xml = (
                '<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">'
                f'<title>{SITE_NAME}</title><generator uri="https://hexo.io/">Hexo</generator>'
                f"{entries}</feed>"
            )
            return 200, {"Content-Type": "application/atom+xml; charset=utf-8"}, xml.encode()
        return None

    # ------------------------------------------------------------------ shell

    def shell(self, title, main_html, head_extra="", is_post=False):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
  <meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=2">
<meta name="theme-color" content="#222">
<meta name="generator" content="Hexo 7.1.1">
  <link rel="apple-touch-icon" sizes="180x180" href="/images/apple-touch-icon-next.png">
  <link rel="icon" type="image/png" sizes="32x32" href="/images/favicon-32x32-next.png">
<link rel="stylesheet" href="/css/main.css">
<link rel="stylesheet" href="https://cdnjs.cloudflare.com/ajax/libs/font-awesome/6.5.1/css/all.min.css" integrity="sha256-wiz7ZSCn/btzhjKDQBms9Hx4sSeUYsDrTLg7roPstac=" crossorigin="anonymous">
<script class="next-config" data-name="main" type="application/json">{{"hostname":"sawankhalok-district.github.io","root":"/","images":"/images","scheme":"Gemini","darkmode":false,"version":"8.19.2","exturl":false,"sidebar":{{"position":"left","display":"post","padding":18,"offset":12}},"copycode":{{"enable":false}},"fold":{{"enable":false}},"bookmark":{{"enable":false}},"mediumzoom":false,"lazyload":false,"pangu":false,"comments":{{"style":"tabs","active":null}},"stickytabs":false,"motion":{{"enable":true}}}}</script>
{head_extra}<title>{esc(title)}</title>
<link rel="alternate" href="/atom.xml" title="{SITE_NAME}" type="application/atom+xml">
</head>

<body itemscope itemtype="http://schema.org/WebPage" class="use-motion">
  <div class="headband"></div>

  <main class="main">
    <div class="column">
      <header class="header" itemscope itemtype="http://schema.org/WPHeader"><div class="site-brand-container">
  <div class="site-nav-toggle"><div class="toggle" aria-label="สลับแถบนำทาง" role="button"><span class="toggle-line"></span><span class="toggle-line"></span><span class="toggle-line"></span></div></div>
  <div class="site-meta">
    <a href="/" class="brand" rel="start"><i class="logo-line"></i><h1 class="site-title">{SITE_NAME}</h1><i class="logo-line"></i></a>
      <p class="site-subtitle" itemprop="description">{SUBTITLE}</p>
  </div>
</div>
<nav class="site-nav"><ul class="main-menu menu">
<li class="menu-item menu-item-home"><a href="/" rel="section"><i class="fa fa-home fa-fw"></i>หน้าแรก</a></li>
<li class="menu-item menu-item-about"><a href="/about/" rel="section"><i class="fa fa-user fa-fw"></i>เกี่ยวกับอำเภอ</a></li>
<li class="menu-item menu-item-tags"><a href="/tags/" rel="section"><i class="fa fa-tags fa-fw"></i>แท็ก</a></li>
<li class="menu-item menu-item-categories"><a href="/categories/" rel="section"><i class="fa fa-th fa-fw"></i>หมวดหมู่</a></li>
<li class="menu-item menu-item-archives"><a href="/archives/" rel="section"><i class="fa fa-archive fa-fw"></i>คลังบทความ</a></li>
</ul></nav>
</header>
      <aside class="sidebar"><div class="sidebar-inner sidebar-overview-active">
  <div class="sidebar-panel-container"><div class="sidebar-panel sidebar-panel-overview">
    <div class="site-author animated" itemprop="author" itemscope itemtype="http://schema.org/Person">
      <img class="site-author-image" itemprop="image" alt="{SITE_NAME}" src="/images/avatar.png">
      <p class="site-author-name" itemprop="name">{SITE_NAME}</p>
      <div class="site-description" itemprop="description">ศาลาว่าการอำเภอสวรรคโลก จังหวัดสุโขทัย</div>
    </div>
    <div class="site-state-wrap animated"><nav class="site-state">
      <div class="site-state-item site-state-posts"><a href="/archives/"><span class="site-state-item-count">25</span><span class="site-state-item-name">บทความ</span></a></div>
      <div class="site-state-item site-state-categories"><a href="/categories/"><span class="site-state-item-count">3</span><span class="site-state-item-name">หมวดหมู่</span></a></div>
      <div class="site-state-item site-state-tags"><a href="/tags/"><span class="site-state-item-count">12</span><span class="site-state-item-name">แท็ก</span></a></div>
    </nav></div>
    <div class="links-of-author animated"><span class="links-of-author-item"><a href="https://www.facebook.com/sawankhalok.district" title="Facebook" rel="noopener me" target="_blank"><i class="fab fa-facebook fa-fw"></i>Facebook</a></span></div>
  </div></div>
</div></aside>
    </div>

    <div class="main-inner {"post posts-expand" if is_post else "index posts-expand"}">
{main_html}
    </div>
  </main>

  <footer class="footer">
    <div class="footer-inner">
<div class="copyright">&copy; 2019 – <span itemprop="copyrightYear">2024</span><span class="with-love"><i class="fa fa-heart"></i></span><span class="author" itemprop="copyrightHolder">{SITE_NAME}</span></div>
<div class="busuanzi-count">
    <span class="post-meta-item" id="busuanzi_container_site_uv"><span class="post-meta-item-icon"><i class="fa fa-user"></i></span><span class="site-uv" title="ผู้เยี่ยมชมทั้งหมด"><span id="busuanzi_value_site_uv"></span></span></span>
    <span class="post-meta-item" id="busuanzi_container_site_pv"><span class="post-meta-item-icon"><i class="fa fa-eye"></i></span><span class="site-pv" title="ยอดเข้าชมทั้งหมด"><span id="busuanzi_value_site_pv"></span></span></span>
</div>
  <div class="powered-by">ขับเคลื่อนโดย <a href="https://hexo.io/" rel="noopener" target="_blank">Hexo</a> &amp; <a href="https://theme-next.js.org/" rel="noopener" target="_blank">NexT.Gemini</a></div>
    </div>
  </footer>
<script src="https://cdnjs.cloudflare.com/ajax/libs/animejs/3.2.1/anime.min.js" integrity="sha256-XL2inqUJaslATFnHdJOi9GfQ60on8Wx1C2H8DYiN1xU=" crossorigin="anonymous"></script>
<script src="/js/utils.js"></script><script src="/js/motion.js"></script><script src="/js/schemes/muse.js"></script><script src="/js/next-boot.js"></script>
<script async src="https://busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ pieces

    def post_meta(self, a, single):
        p, m = a.published, a.modified
        upd = ""
        if a.extra["another_day"]:
            upd = (
                f'<span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar-check"></i></span>'
                f'<span class="post-meta-item-text">แก้ไขเมื่อ</span>'
                f'<time title="แก้ไขเมื่อ：{m:%Y-%m-%d %H:%M:%S}" itemprop="dateModified" datetime="{m.isoformat()}">{m:%Y-%m-%d}</time></span>'
            )
        cat = a.extra["cat"]
        counter = ""
        if single:
            counter = (
                '<span class="post-meta-item" title="ยอดเข้าชม" id="busuanzi_container_page_pv">'
                '<span class="post-meta-item-icon"><i class="far fa-eye"></i></span>'
                '<span class="post-meta-item-text">ยอดเข้าชม：</span><span id="busuanzi_value_page_pv"></span></span>'
            )
        return f"""<div class="post-meta-container"><div class="post-meta">
    <span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar"></i></span><span class="post-meta-item-text">โพสต์เมื่อ</span>
      <time title="สร้างเมื่อ：{p:%Y-%m-%d %H:%M:%S}" itemprop="dateCreated datePublished" datetime="{p.isoformat()}">{p:%Y-%m-%d}</time>
    </span>{upd}
    <span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-folder"></i></span><span class="post-meta-item-text">ใน</span>
      <span itemprop="about" itemscope itemtype="http://schema.org/Thing"><a href="/categories/{quote(cat)}/" itemprop="url" rel="index"><span itemprop="name">{cat}</span></a></span>
    </span>
    {counter}
</div>
<div class="post-meta">
    <span class="post-meta-item" title="จำนวนตัวอักษร"><span class="post-meta-item-icon"><i class="far fa-file-word"></i></span><span class="post-meta-item-text">จำนวนตัวอักษร：</span><span>{k_chars(a.extra["chars"])}</span></span>
    <span class="post-meta-item" title="เวลาอ่าน"><span class="post-meta-item-icon"><i class="far fa-clock"></i></span><span class="post-meta-item-text">เวลาอ่าน &asymp;</span><span>{a.extra["minutes"]} นาที</span></span>
</div></div>"""

    def body(self, a, excerpt):
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if excerpt:
            return paras[0]
        paras.insert(1, '<span id="more"></span>')
        if a.extra["image"]:
            paras.insert(
                3,
                f'<figure class="image-caption"><img src="/images/{a.published:%Y%m}/{a.id}-1.jpg" alt="ภาพกิจกรรม"><figcaption>ภาพ: งานประชาสัมพันธ์อำเภอ</figcaption></figure>',
            )
        if a.source:
            if a.extra["quote"]:
                paras.append(f"<blockquote><p>{a.extra['label']} {esc(a.source)}</p></blockquote>")
            else:
                paras.append(f"<p><strong>{a.extra['label']}</strong> {esc(a.source)}</p>")
        return "\n".join(paras)

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i + 6, i - 5) if 0 <= j < len(self.articles)]

    def header(self, a, single):
        title = (
            f'<h1 class="post-title" itemprop="name headline">{esc(a.title)}</h1>'
            if single
            else f'<h2 class="post-title" itemprop="name headline"><a href="{a.path}" class="post-title-link" itemprop="url">{esc(a.title)}</a></h2>'
        )
        return f"""<header class="post-header">
  {title}
  {self.post_meta(a, single)}
</header>"""

    def article_open(self, a):
        return f"""<article itemscope itemtype="http://schema.org/Article" class="post-block" lang="th">
  <link itemprop="mainEntityOfPage" href="{HOST}{a.path}">
  <span hidden itemprop="author" itemscope itemtype="http://schema.org/Person"><meta itemprop="image" content="/images/avatar.png"><meta itemprop="name" content="{SITE_NAME}"></span>
  <span hidden itemprop="publisher" itemscope itemtype="http://schema.org/Organization"><meta itemprop="name" content="{SITE_NAME}"><meta itemprop="description" content="{SUBTITLE}"></span>
  <span hidden itemprop="post" itemscope itemtype="http://schema.org/CreativeWork"><meta itemprop="name" content="{esc(a.title)} | {SITE_NAME}"><meta itemprop="description" content=""></span>"""

    # ------------------------------------------------------------------ pages

    def listing(self, k):
        items = []
        for j, a in enumerate(self.pages[k]):
            if k == 1 and j == 2:
                items.append(
                    f"""<div class="post-block">
<article itemscope itemtype="http://schema.org/Article" class="post-block" lang="th">
<header class="post-header"><h2 class="post-title" itemprop="name headline"><a href="{self.deleted_path}" class="post-title-link" itemprop="url">{esc(DELETED_TITLE)}</a></h2>
<div class="post-meta-container"><div class="post-meta"><span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar"></i></span><span class="post-meta-item-text">โพสต์เมื่อ</span> <time title="สร้างเมื่อ：{DELETED_DATE:%Y-%m-%d %H:%M:%S}" itemprop="dateCreated datePublished" datetime="{DELETED_DATE.isoformat()}+07:00">{DELETED_DATE:%Y-%m-%d}</time></span></div></div></header>
<div class="post-body" itemprop="articleBody"><div class="hbe hbe-container" id="hexo-blog-encrypt" data-wpm="รหัสผ่านไม่ถูกต้อง" data-whm="เนื้อหาบางส่วนไม่สามารถตรวจสอบได้"><div class="hbe hbe-content"><p>ข่าวนี้สำหรับเจ้าหน้าที่ กรุณาใส่รหัสผ่าน</p></div></div></div>
<div class="post-button"><a class="btn" href="{self.deleted_path}#more" rel="contents">อ่านต่อ &raquo;</a></div>
</article></div>
"""
                )
            items.append(
                f"""<div class="post-block">
{self.article_open(a)}
{self.header(a, False)}
<div class="post-body" itemprop="articleBody">
{self.body(a, True)}
<!--noindex-->
  <div class="post-button"><a class="btn" href="{a.path}#more" rel="contents">อ่านต่อ &raquo;</a></div>
<!--/noindex-->
</div>
<footer class="post-footer"><div class="post-eof"></div></footer>
</article>
</div>
"""
            )
        n = len(self.pages)
        nav = ""
        if k > 0:
            nav += f'<a class="extend prev" rel="prev" title="หน้าก่อนหน้า" aria-label="หน้าก่อนหน้า" href="{self.page_url(k - 1)}"><i class="fa fa-angle-left"></i></a>'
        for i in range(n):
            if i == k:
                nav += f'<span class="page-number current">{i + 1}</span>'
            else:
                nav += f'<a class="page-number" href="{self.page_url(i)}">{i + 1}</a>'
        if k < n - 1:
            nav += f'<a class="extend next" rel="next" title="หน้าถัดไป" aria-label="หน้าถัดไป" href="{self.page_url(k + 1)}"><i class="fa fa-angle-right"></i></a>'
        main_html = f"""<div class="post-block-wrap">
{"".join(items)}
</div>
<nav class="pagination">
{nav}
</nav>
"""
        head = (
            f'<meta property="og:type" content="website">\n<meta property="og:title" content="{SITE_NAME}">\n'
            f'<meta property="og:url" content="{HOST}{self.page_url(k)}">\n<meta property="og:site_name" content="{SITE_NAME}">\n'
            f'<meta property="og:locale" content="th_TH">\n<link rel="canonical" href="{HOST}{self.page_url(k)}">\n'
        )
        return self.shell(SITE_NAME, main_html, head)

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        rel = "".join(
            f'<li class="popular-posts-item"><div class="popular-posts-title"><a href="{r.path}" rel="bookmark">{esc(r.title)}</a></div></li>'
            for r in self.related(a)
        )
        tags = ""
        if a.tags:
            tags = (
                '<div class="post-tags">'
                + "".join(
                    f'<a href="/tags/{quote(t)}/" rel="tag"><i class="fa fa-tag"></i> {esc(t)}</a>'
                    for t in a.tags
                )
                + "</div>"
            )
        u = quote(HOST + a.path, safe="")
        nav = '<div class="post-nav">'
        nav += (
            f'<div class="post-nav-item"><a href="{newer.path}" rel="prev" title="{esc(newer.title)}"><i class="fa fa-angle-left"></i> {esc(newer.title)}</a></div>'
            if newer
            else '<div class="post-nav-item"></div>'
        )
        nav += (
            f'<div class="post-nav-item"><a href="{older.path}" rel="next" title="{esc(older.title)}">{esc(older.title)} <i class="fa fa-angle-right"></i></a></div>'
            if older
            else '<div class="post-nav-item"></div>'
        )
        nav += "</div>"
        main_html = f"""<div class="post-block">
{self.article_open(a)}
{self.header(a, True)}
    <div class="post-body" itemprop="articleBody">
{self.body(a, False)}
    </div>
    <div class="popular-posts-header">บทความที่เกี่ยวข้อง</div>
    <ul class="popular-posts">{rel}</ul>
    <footer class="post-footer">
<div class="post-copyright"><ul>
  <li class="post-copyright-author"><strong>ผู้เขียน： </strong>{SITE_NAME}</li>
  <li class="post-copyright-link"><strong>ลิงก์บทความ：</strong><a href="{HOST}{a.path}" title="{esc(a.title)}">{HOST}{a.path}</a></li>
  <li class="post-copyright-license"><strong>ประกาศลิขสิทธิ์： </strong>บทความทั้งหมดในบล็อกนี้ใช้สัญญาอนุญาต <a href="https://creativecommons.org/licenses/by-nc-sa/4.0/deed.th" rel="noopener" target="_blank"><i class="fab fa-fw fa-creative-commons"></i>BY-NC-SA</a> เว้นแต่จะระบุไว้เป็นอย่างอื่น</li>
</ul></div>
<div class="followme"><span>แชร์ข่าวนี้</span>
  <div class="social-list">
    <div class="social-item"><a target="_blank" class="social-link" href="https://www.facebook.com/sharer/sharer.php?u={u}"><span class="icon"><i class="fab fa-facebook"></i></span><span class="label">Facebook</span></a></div>
    <div class="social-item"><a target="_blank" class="social-link" href="https://social-plugins.line.me/lineit/share?url={u}"><span class="icon"><i class="fab fa-line"></i></span><span class="label">LINE</span></a></div>
  </div>
</div>
{tags}
{nav}
    </footer>
  </article>
</div>
<div class="comments utterances-container"><p class="comments-note">ความคิดเห็นต้องเข้าสู่ระบบด้วยบัญชี GitHub</p></div>
"""
        head = (
            f'<meta name="description" content="{esc(a.paras[0][:120])}">\n'
            f'<meta property="og:type" content="article">\n<meta property="og:title" content="{esc(a.title)}">\n'
            f'<meta property="og:url" content="{HOST}{a.path}">\n<meta property="og:site_name" content="{SITE_NAME}">\n'
            f'<meta property="og:locale" content="th_TH">\n'
            f'<meta property="article:published_time" content="{utc_ms(a.published)}">\n'
            f'<meta property="article:modified_time" content="{utc_ms(a.modified)}">\n'
            f'<meta property="article:author" content="{SITE_NAME}">\n'
            + "".join(f'<meta property="article:tag" content="{esc(t)}">\n' for t in a.tags)
            + f'<link rel="canonical" href="{HOST}{a.path}">\n'
        )
        return self.shell(f"{a.title} | {SITE_NAME}", main_html, head, is_post=True)

    def deleted(self):
        blob = binascii.hexlify(DELETED_TITLE.encode("utf-8") * 6)[::-1].decode()
        main_html = f"""<div class="post-block">
<article itemscope itemtype="http://schema.org/Article" class="post-block" lang="th">
<header class="post-header"><h1 class="post-title" itemprop="name headline">{esc(DELETED_TITLE)}</h1>
<div class="post-meta-container"><div class="post-meta"><span class="post-meta-item"><span class="post-meta-item-icon"><i class="far fa-calendar"></i></span><span class="post-meta-item-text">โพสต์เมื่อ</span> <time title="สร้างเมื่อ：{DELETED_DATE:%Y-%m-%d %H:%M:%S}" itemprop="dateCreated datePublished" datetime="{DELETED_DATE.isoformat()}+07:00">{DELETED_DATE:%Y-%m-%d}</time></span></div></div></header>
<div class="post-body" itemprop="articleBody">
<div class="hbe hbe-container" id="hexo-blog-encrypt" data-wpm="รหัสผ่านไม่ถูกต้อง" data-whm="เนื้อหาบางส่วนไม่สามารถตรวจสอบได้">
  <script id="hbeData" type="hbeData" data-hmacdigest="{blob[:64]}">{blob}</script>
  <div class="hbe hbe-content"><div class="hbe hbe-input hbe-input-default"><input class="hbe hbe-input-field hbe-input-field-default" type="password" id="hbePass"><label class="hbe hbe-input-label hbe-input-label-default" for="hbePass"><span class="hbe hbe-input-label-content hbe-input-label-content-default">ข่าวนี้สำหรับเจ้าหน้าที่ กรุณาใส่รหัสผ่าน</span></label></div></div>
</div>
<script data-pjax src="/lib/hbe.js"></script>
</div>
<footer class="post-footer"><div class="post-eof"></div></footer>
</article></div>
"""
        return self.shell(f"{DELETED_TITLE} | {SITE_NAME}", main_html, is_post=True)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "โพสต์เมื่อ",
                "แก้ไขเมื่อ",
                f"{a.published:%Y-%m-%d}",
                "ยอดเข้าชม",
                "จำนวนตัวอักษร",
                "เวลาอ่าน",
                f"{a.extra['minutes']} นาที",
                a.extra["cat"],
                "ภาพ: งานประชาสัมพันธ์อำเภอ",
                "บทความที่เกี่ยวข้อง",
                *[r.title for r in self.related(a)],
                "ผู้เขียน：",
                "ลิงก์บทความ：",
                "ประกาศลิขสิทธิ์：",
                "เว้นแต่จะระบุไว้เป็นอย่างอื่น",
                "แชร์ข่าวนี้",
                *[x.title for x in (older, newer) if x],
                "ความคิดเห็นต้องเข้าสู่ระบบด้วยบัญชี GitHub",
                "ศาลาว่าการอำเภอสวรรคโลก จังหวัดสุโขทัย",
                "ขับเคลื่อนโดย",
                "คลังบทความ",
                SUBTITLE,
            ]
            # view_count: busuanzi's span is empty in the HTML, nothing is printed
            out.append(record(self, a, must_not, views=False, modified=True))
        return out


SITE = HexoNextSite()

if __name__ == "__main__":
    main(SITE)
