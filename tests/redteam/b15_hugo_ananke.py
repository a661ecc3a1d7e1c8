"""Blind-15 red-team site: a Thai agency's news section built with **Hugo + the Ananke theme**
(กรมพัฒนาที่ดิน, ส่วนประชาสัมพันธ์), built blind.

What it imitates:
- Hugo's section list `/posts/` with path pagination `/posts/page/2/` (the internal pagination
  template: «« « 1 2 3 » »»), items under the permalink pattern
  `/posts/:year/:month/:slug/` (`/posts/2024/05/pr-2567-041/`: **the date in the URL**);
- Ananke's single template: the section label "POSTS" above `h1.f1.athelas`, a
  `<time datetime="2024-05-16T10:30:00+07:00">16 พฤษภาคม 2024</time>` (Hugo's `time.Format`
  under `languageCode = "th"`: **Thai month names with the CE year**, **no time in the text**, the
  time only in the attribute), " - 3 minutes read" and " - 512 words"; the internal OpenGraph and
  schema templates print `article:published_time`, `article:modified_time` and
  `itemprop="dateModified"` for **every** item (lastmod = date unless the file was edited);
- the text in `main.nested-copy-line-height` followed, inside that container, by the tags list
  (`ul.pa0 li.list.di a.br-pill`), the "<< older / newer >>" section links and the Disqus
  block; `aside.w-30-l` with the contextual "ที่เกี่ยวข้อง" list; Ananke's share bar
  (`#sharing .ananke-socials`) in the header; a busuanzi page-view counter
  "ผู้เข้าชมหน้านี้ <span id=busuanzi_value_page_pv></span> ครั้ง" that is **empty in the
  served HTML** (no view count);
- for some items the last paragraph is "เรียบเรียง : ส่วนประชาสัมพันธ์ กรมพัฒนาที่ดิน";
- the withdrawn item, linked from page 2, is a page whose front matter was blanked: empty
  `h1`, Hugo's zero date (`0001-01-01T00:00:00Z`, "1 มกราคม 1") and "ไม่พบข้อมูล" (200).
"""

from __future__ import annotations

import datetime as dt
import re

from ._common import MONTHS, esc, main
from .b13_common import B9Site, build, neighbours, record

AGENCY = "กรมพัฒนาที่ดิน"
SITE_TITLE = "ข่าวประชาสัมพันธ์ กรมพัฒนาที่ดิน"
SOURCE = "ส่วนประชาสัมพันธ์ กรมพัฒนาที่ดิน"
SOURCES = [SOURCE, None, None, SOURCE, None, None, None]


def hugo_th(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]} {d.year}"


def rfc(d: dt.datetime) -> str:
    return d.isoformat()


class HugoSite(B9Site):
    key = "b15_hugo_ananke"
    family = "generic"
    imitates = "Hugo + Ananke agency news section, /posts/ + /posts/page/N/, permalinks /posts/:year/:month/pr-2567-NNN/ (date in the URL), <time datetime=ISO> with a Thai-month CE-year text '16 พฤษภาคม 2024' (time only in the attribute), article:modified_time / dateModified for every item, tags + older/newer links + Disqus inside main, contextual related aside, empty busuanzi counter, 'เรียบเรียง :' last paragraph for some; blanked page = empty h1 + zero date + 'ไม่พบข้อมูล' (200)"
    listing_path = "/posts/"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 22, 17, SOURCES, dt.datetime(2024, 6, 20, 15, 0), first_id=30, step=1
        )
        for a in self.articles:
            n = a.id + (1 if a.id >= 40 else 0)
            a.extra["no"] = n
            a.path = f"/posts/{a.published:%Y/%m}/pr-2567-{n:03d}/"
            a.extra["lastmod"] = a.modified or a.published
            a.extra["words"] = len(re.findall(r"\S+", " ".join(a.paras))) * 4
            a.tags = a.tags[:2]
        del_when = next(a for a in self.articles if a.extra["no"] == 41).published
        self.deleted_path = f"/posts/{del_when:%Y/%m}/pr-2567-040/"
        self.setup_routes()

    def page_url(self, k):
        return "/posts/" if k == 0 else f"/posts/page/{k + 1}/"

    def robots(self):
        return "User-agent: *\nAllow: /\nSitemap: /sitemap.xml\n"

    def deleted_paths(self):
        return [self.deleted_path]

    def shell(self, title, head_meta, header, main_html):
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">
  <head>
    <meta charset="utf-8">
    <meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
    <title>{title}</title>
    <meta name="viewport" content="width=device-width,minimum-scale=1">
    <meta name="generator" content="Hugo 0.125.4">
    <meta name="robots" content="index, follow">
    <link rel="stylesheet" href="/ananke/css/main.min.css" >
{head_meta}
  </head>
  <body class="ma0 avenir bg-near-white production">
{header}
    <main class="pb7" role="main">
{main_html}
    </main>
    <footer class="bg-black bottom-0 w-100 pa3" role="contentinfo">
  <div class="flex justify-between">
  <a class="f4 fw4 hover-white no-underline white-70 dn dib-ns pv2 ph3" href="/">&copy; {AGENCY} 2024</a>
    <div><div class="ananke-socials"><a href="https://www.facebook.com/ldd.go.th" target="_blank" rel="noopener" class="ananke-social-link link-transition facebook link dib z-999 pt3 pt0-l mr1" title="follow on Facebook - Opens in a new window" aria-label="follow on Facebook - Opens in a new window"><span class="icon">f</span></a></div></div>
  </div>
  <p class="white-70 f6 ph3">ผู้เข้าชมเว็บไซต์ <span id="busuanzi_value_site_pv"></span> ครั้ง · เขียนด้วย Hugo</p>
</footer>
    <script async src="//busuanzi.ibruce.info/busuanzi/2.3/busuanzi.pure.mini.js"></script>
  </body>
</html>"""

    def nav(self):
        return """<nav class="pv3 ph3 ph4-ns" role="navigation">
  <div class="flex-l justify-between items-center center">
    <a href="/" class="f3 fw2 hover-white no-underline white-90 dib">กรมพัฒนาที่ดิน</a>
    <div class="flex-l items-center">
        <ul class="pl0 mr3">
          <li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/about/" title="เกี่ยวกับเรา page">เกี่ยวกับเรา</a></li>
          <li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/posts/" title="ข่าวประชาสัมพันธ์ page">ข่าวประชาสัมพันธ์</a></li>
          <li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/services/" title="บริการ page">บริการ</a></li>
          <li class="list f5 f4-ns fw4 dib pr3"><a class="hover-white no-underline white-90" href="/contact/" title="ติดต่อ page">ติดต่อ</a></li>
        </ul>
    </div>
  </div>
</nav>"""

    def listing(self, k):
        items = []
        for a in self.pages[k]:
            items.append(self.summary(a.path, a.title, a.paras[0][:180] + " …"))
            if a.extra["no"] == 41:
                items.append(
                    self.summary(
                        self.deleted_path,
                        "กรมพัฒนาที่ดินเปิดรับสมัครหมอดินอาสาประจำหมู่บ้าน รุ่นที่ 2",
                        "กรมพัฒนาที่ดินเปิดรับสมัครหมอดินอาสาประจำหมู่บ้าน …",
                    )
                )
        pag = ['<ul class="pagination pagination-default">']
        first = "/posts/"
        pag.append(
            f'<li class="page-item{" disabled" if k == 0 else ""}"><a {"" if k == 0 else f"href={first!r} "}aria-label="First" class="page-link" role="button"><span aria-hidden="true">&laquo;&laquo;</span></a></li>'.replace(
                "'", '"'
            )
        )
        for i in range(len(self.pages)):
            if i == k:
                pag.append(
                    f'<li class="page-item active"><a aria-current="page" aria-label="Page {i + 1}" class="page-link" role="button">{i + 1}</a></li>'
                )
            else:
                pag.append(
                    f'<li class="page-item"><a href="{self.page_url(i)}" aria-label="Page {i + 1}" class="page-link" role="button">{i + 1}</a></li>'
                )
        pag.append("</ul>")
        header = f"""<header>
  <div class="bg-black">
    {self.nav()}
    <div class="tc-l pv3 ph3 ph4-ns">
      <div class="f2 f-subheadline-l fw2 light-silver mb0 lh-title">ข่าวประชาสัมพันธ์</div>
    </div>
  </div>
</header>"""
        main_html = f"""  <article class="pa3 pa4-ns nested-copy-line-height">
    <section class="cf ph3 ph5-l pv3 pv4-l f4 tc-l center measure-wide lh-copy nested-links mid-gray"><p>ข่าวสารและกิจกรรมของ{AGENCY}</p></section>
    <section class="flex-ns mt5 flex-wrap justify-around">
{"".join(items)}
    </section>
    {"".join(pag)}
  </article>"""
        return self.shell(
            f"ข่าวประชาสัมพันธ์ | {SITE_TITLE}",
            '    <link href="/posts/index.xml" rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์" />',
            header,
            main_html,
        )

    def summary(self, path, title, text):
        return f"""      <div class="w-100 w-30-l mb4 relative bg-white">
  <div class="mb3 pa4 gray overflow-hidden bg-white">
    <span class="f6 db">Posts</span>
    <h2 class="f3 near-black">
      <a href="{path}" class="link black dim">{esc(title)}</a>
    </h2>
    <div class="nested-links f5 lh-copy nested-copy-line-height">{esc(text)}</div>
  </div>
</div>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        lastmod = a.extra["lastmod"]
        meta = f"""    <meta name="description" content="{esc(a.paras[0][:150])}">
    <meta property="og:url" content="https://news.ldd.go.th{a.path}">
    <meta property="og:site_name" content="{SITE_TITLE}">
    <meta property="og:title" content="{esc(a.title)}">
    <meta property="og:locale" content="th_th">
    <meta property="og:type" content="article">
    <meta property="article:section" content="posts">
    <meta property="article:published_time" content="{rfc(a.published)}">
    <meta property="article:modified_time" content="{rfc(lastmod)}">
    {"".join(f'<meta property="article:tag" content="{esc(t)}">' for t in a.tags)}
    <meta itemprop="name" content="{esc(a.title)}">
    <meta itemprop="datePublished" content="{rfc(a.published)}">
    <meta itemprop="dateModified" content="{rfc(lastmod)}">
    <meta itemprop="wordCount" content="{a.extra["words"]}">"""
        share = f"""<div id="sharing" class="mt3 ananke-socials">
    <a href="mailto:?&amp;body=https%3A%2F%2Fnews.ldd.go.th{a.path}&amp;subject={esc(a.title)}" class="ananke-social-link email no-underline" title="Share on Email" aria-label="Share on Email" target="_blank" rel="nofollow noopener noreferrer"><span class="icon">✉</span></a>
    <a href="https://facebook.com/sharer/sharer.php?&amp;u=https%3A%2F%2Fnews.ldd.go.th{a.path}" class="ananke-social-link facebook no-underline" title="Share on Facebook" aria-label="Share on Facebook" target="_blank" rel="nofollow noopener noreferrer"><span class="icon">f</span></a>
    <a href="https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fnews.ldd.go.th{a.path}" class="ananke-social-link line no-underline" title="Share on LINE" aria-label="Share on LINE" target="_blank" rel="nofollow noopener noreferrer"><span class="icon">LINE</span></a>
</div>"""
        header = f"""<header class="cover bg-top" style="background-image: url('/posts/{a.published:%Y/%m}/pr-2567-{a.extra["no"]:03d}/cover.jpg');">
  <div class="bg-black-60">
    {self.nav()}
    <div class="tc-l pv6 ph3 ph4-ns"></div>
  </div>
</header>"""
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.source:
            paras.append(f"<p>เรียบเรียง : {esc(a.source)}</p>")
        tags = ""
        if a.tags:
            tags = (
                '<ul class="pa0">'
                + "".join(
                    f'\n  <li class="list di">\n    <a href="/tags/{esc(t.lower())}/" class="link f5 grow no-underline br-pill ba ph3 pv2 mb2 dib black sans-serif">{esc(t)}</a>\n  </li>'
                    for t in a.tags
                )
                + "\n</ul>"
            )
        links = ""
        if older:
            links += f'\n          &lt;&lt; <a href="{older.path}">{esc(older.title)}</a>'
        if newer:
            links += f'\n          <a href="{newer.path}">{esc(newer.title)}</a> &gt;&gt;'
        related = [x for x in self.articles if x is not a and set(x.tags) & set(a.tags)][:3] or [
            x for x in self.articles if x is not a
        ][:3]
        aside = "".join(
            f'\n      <li class="mb2">\n        <a href="{x.path}">{esc(x.title)}</a>\n      </li>'
            for x in related
        )
        main_html = f"""  <article class="flex-l flex-wrap justify-between mw8 center ph3">
    <header class="mt4 w-100">
      <aside class="instapaper_ignoref b helvetica tracked ttu">
        POSTS
      </aside>
      {share}
      <h1 class="f1 athelas mt3 mb1">{esc(a.title)}</h1>
      <time class="f6 mv4 dib tracked" datetime="{rfc(a.published)}">{hugo_th(a.published)}</time>
      <span class="f6 mv4 dib tracked"> - {max(1, a.extra["words"] // 200)} minutes read</span>
      <span class="f6 mv4 dib tracked"> - {a.extra["words"]} words</span>
      <p class="f6 gray">ผู้เข้าชมหน้านี้ <span id="busuanzi_value_page_pv"></span> ครั้ง</p>
    </header>
    <div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l"><figure><img src="photo-1.jpg" alt="ภาพกิจกรรม"><figcaption>ภาพ: ส่วนประชาสัมพันธ์</figcaption></figure>
{"".join(paras)}
{tags}
      <div class="mt6 instapaper_ignoref">{links}
      </div>
      <div class="mt6 instapaper_ignoref">
        <div id="disqus_thread"></div>
        <noscript>Please enable JavaScript to view the <a href="https://disqus.com/?ref_noscript">comments powered by Disqus.</a></noscript>
      </div>
    </div>
    <aside class="w-30-l mt6-l">
  <div class="bg-light-gray pa3 nested-list-reset nested-copy-line-height nested-links">
    <p class="f5 b mb3">ที่เกี่ยวข้อง</p>
    <ul class="pa0 list">{aside}
    </ul>
  </div>
    </aside>
  </article>"""
        return self.shell(f"{esc(a.title)} | {SITE_TITLE}", meta, header, main_html)

    def deleted(self):
        header = f"""<header>
  <div class="bg-black">
    {self.nav()}
  </div>
</header>"""
        main_html = """  <article class="flex-l flex-wrap justify-between mw8 center ph3">
    <header class="mt4 w-100">
      <aside class="instapaper_ignoref b helvetica tracked ttu">
        POSTS
      </aside>
      <h1 class="f1 athelas mt3 mb1"></h1>
      <time class="f6 mv4 dib tracked" datetime="0001-01-01T00:00:00Z">1 มกราคม 1</time>
      <span class="f6 mv4 dib tracked"> - 0 minutes read</span>
      <span class="f6 mv4 dib tracked"> - 0 words</span>
    </header>
    <div class="nested-copy-line-height lh-copy serif f4 nested-links mid-gray pr4-l w-two-thirds-l"><p>ไม่พบข้อมูล</p>
    </div>
  </article>"""
        return self.shell(SITE_TITLE, "", header, main_html)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            save = a.modified
            a.modified = a.extra["lastmod"]
            must_not = [
                "minutes read",
                "words",
                "Share on Facebook",
                "ผู้เข้าชมหน้านี้",
                "เรียบเรียง :",
                "ภาพ: ส่วนประชาสัมพันธ์",
                "comments powered by Disqus",
                "ที่เกี่ยวข้อง",
                (older or newer).title,
                "เขียนด้วย Hugo",
            ]
            # busuanzi fills the counter in the browser: the served page prints no count
            out.append(record(self, a, must_not, published_time=True, views=False))
            a.modified = save
        return out


SITE = HugoSite()

if __name__ == "__main__":
    main(SITE)
