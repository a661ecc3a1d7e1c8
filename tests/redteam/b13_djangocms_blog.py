"""Blind-13 red-team site: **django CMS 4** + **djangocms-blog** (Bootstrap 5 base template), a
provincial community development office (สำนักงานพัฒนาชุมชนจังหวัด), built blind.

What it imitates:
- djangocms-blog's `full_date` permalinks `/th/news/2024/02/16/<slug>/` (the **date only in the
  URL** and in the meta line), slugs made by Django's `slugify(allow_unicode=True)` from the
  Thai title: `[^\\w\\s-]` strips Thai vowel and tone marks (Mn), so the slugs are mangled Thai;
- the **same `<title>`** on every page ("ข่าวกิจกรรม - office": the apphook page's title), the
  apphook page's `h1` "ข่าวกิจกรรม" above the post, the headline only in the post's
  `header h2` (`post_detail.html`);
- `blog_meta.html` before the text: `ul.post-detail-tags` mixing the **category** link
  (`blog-categories-N`) with the **tags** (`blog-tag blog-tag-N`), then `ul.post-detail-meta`
  "โดย admin" and the Django `th` `DATE_FORMAT` "16 กุมภาพันธ์ 2024" (**CE, no time anywhere**);
- the text split in two containers: the **abstract** (`div.blog-lead`, the first paragraph) and
  the content placeholder (`div.blog-content`) with text plugins, a djangocms-picture with caption,
  "เรียบเรียง : <office>" for some, a djangocms-file "ดาวน์โหลดเอกสาร (PDF, 312.0 KB)" and a snippet
  "แบ่งปันข่าวนี้:" share bar; then "ข่าวที่เกี่ยวข้อง" (`post-detail-list`, related posts with
  their dates and truncated abstracts) inside the `article`;
- sidebar plugins "ข่าวล่าสุด", "ป้ายกำกับ" (with counts), "คลังข่าว" (months with counts); a
  language chooser, a cookie bar; no counter, no modified date;
- listing `/th/news/`, `?page=N` with djangocms-blog's pager: "« ก่อนหน้า", "หน้า 2 จาก 3.",
  "ถัดไป »" (**no numbers**); the deleted post's URL, linked from page 2, renders the list
  template with no items, "ไม่พบบทความ" (200).
"""

from __future__ import annotations

import datetime as dt
import re

from ._common import MONTHS, esc, main
from .b13_common import B9Site, build, ce_full, record

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดเชียงราย"
PAGE_TITLE = "ข่าวกิจกรรม"
SOURCES = [
    None,
    "กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน",
    None,
    None,
    "สำนักงานพัฒนาชุมชนอำเภอแม่สาย",
    "ฝ่ายอำนวยการ สพจ.เชียงราย",
]
DELETED_TITLE = "ประชาสัมพันธ์การจำหน่ายผ้าไทยในงานตลาดนัดชุมชน (ยกเลิกกิจกรรม)"
DELETED_DATE = dt.datetime(2024, 1, 5)


def dj_slugify(value: str) -> str:
    """django.utils.text.slugify(value, allow_unicode=True)."""
    value = re.sub(r"[^\w\s-]", "", value.lower())
    return re.sub(r"[-\s]+", "-", value).strip("-_")


def post_path(d: dt.datetime, slug: str) -> str:
    return f"/th/news/{d.year}/{d.month:02d}/{d.day:02d}/{slug}/"


class DjangoBlogSite(B9Site):
    key = "b13_djangocms_blog"
    family = "generic"
    imitates = "django CMS 4 + djangocms-blog: /th/news/YYYY/MM/DD/<slugify(allow_unicode) Thai slug>/, same <title> everywhere, headline in article header h2, post-detail-tags mixing category and tags, Django th DATE_FORMAT '16 กุมภาพันธ์ 2024' (CE, no time), abstract div.blog-lead + div.blog-content placeholder (picture, file, share snippet, 'เรียบเรียง :'), related posts inside the article; ?page=N prev/next only; deleted = empty list 'ไม่พบบทความ' (200)"
    listing_path = "/th/news/"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 23, 27, SOURCES, dt.datetime(2024, 9, 30, 17, 0), first_id=300
        )
        for a in self.articles:
            a.path = post_path(a.published, dj_slugify(a.title)[:100].strip("-"))
            a.modified = None
            a.views = None
        self.deleted_path = post_path(DELETED_DATE, dj_slugify(DELETED_TITLE))
        self.setup_routes()

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}?page={k + 1}"

    def deleted_paths(self):
        return [self.deleted_path]

    def extra_route(self, key, query):
        if key == f"{self.listing_path}?page=1":
            return self.html_response(self.listing(0))
        return None

    def shell(self, content, lang_path):
        latest = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        tagcount: dict[str, int] = {}
        for x in self.articles:
            for t in x.tags:
                tagcount[t] = tagcount.get(t, 0) + 1
        tags = "".join(
            f'<li><a href="/th/news/tag/{esc(t)}/" class="blog-tag-{c}">{esc(t)} <span>({c})</span></a></li>'
            for t, c in sorted(tagcount.items())
        )
        months: dict[tuple, int] = {}
        for x in self.articles:
            months[(x.published.year, x.published.month)] = (
                months.get((x.published.year, x.published.month), 0) + 1
            )
        archive = "".join(
            f'<li><a href="/th/news/{y}/{m:02d}/">{MONTHS[m - 1]} {y} <span>({c})</span></a></li>'
            for (y, m), c in sorted(months.items(), reverse=True)
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{PAGE_TITLE} - {OFFICE}</title>
    <link rel="stylesheet" href="/static/css/bootstrap.min.css">
    <link rel="stylesheet" href="/static/djangocms_blog/css/djangocms_blog.css">
</head>
<body>
<header class="site-header border-bottom">
  <div class="container d-flex align-items-center justify-content-between py-2">
    <a href="/th/" class="d-flex align-items-center text-decoration-none"><img src="/static/img/cdd-logo.png" height="56" alt=""><span class="ms-2 fs-5 text-dark">{OFFICE}</span></a>
    <ul class="nav language-chooser"><li class="lang active"><a href="{lang_path}" class="nav-link">ไทย</a></li><li class="lang"><a href="/en/news/" class="nav-link">English</a></li></ul>
  </div>
  <nav class="navbar navbar-expand-lg bg-success navbar-dark"><div class="container"><ul class="navbar-nav">
    <li class="nav-item child"><a class="nav-link" href="/th/">หน้าแรก</a></li><li class="nav-item child"><a class="nav-link" href="/th/about/">เกี่ยวกับเรา</a></li><li class="nav-item child selected"><a class="nav-link active" href="/th/news/">{PAGE_TITLE}</a></li><li class="nav-item child"><a class="nav-link" href="/th/otop/">ผลิตภัณฑ์ OTOP</a></li><li class="nav-item child"><a class="nav-link" href="/th/contact/">ติดต่อเรา</a></li>
  </ul></div></nav>
</header>
<div class="container my-4">
  <ol class="breadcrumb"><li class="breadcrumb-item"><a href="/th/">หน้าแรก</a></li><li class="breadcrumb-item active">{PAGE_TITLE}</li></ol>
  <h1 class="page-heading">{PAGE_TITLE}</h1>
  <div class="row">
    <div class="col-lg-8 app app-blog">
{content}
    </div>
    <aside class="col-lg-4">
      <div class="plugin plugin-blog"><section class="blog-latest-entries"><h3>ข่าวล่าสุด</h3><ul>{latest}</ul></section></div>
      <div class="plugin plugin-blog"><section class="blog-tags"><h3>ป้ายกำกับ</h3><ul class="list-unstyled">{tags}</ul></section></div>
      <div class="plugin plugin-blog"><section class="blog-archive"><h3>คลังข่าว</h3><ul>{archive}</ul></section></div>
    </aside>
  </div>
</div>
<footer class="bg-dark text-white-50 py-4"><div class="container"><p>{OFFICE} ศาลากลางจังหวัดเชียงราย ถนนแม่ฟ้าหลวง ตำบลริมกก อำเภอเมืองเชียงราย จังหวัดเชียงราย 57100</p><p>Powered by django CMS</p></div></footer>
<div id="cookie-bar" class="fixed-bottom bg-light border-top p-3 d-flex justify-content-between"><span>เว็บไซต์นี้มีการใช้งานคุกกี้ เพื่อเพิ่มประสิทธิภาพและประสบการณ์ที่ดีในการใช้งานเว็บไซต์ของท่าน</span><button class="btn btn-success btn-sm" type="button">ยอมรับทั้งหมด</button></div>
<script src="/static/js/bootstrap.bundle.min.js"></script>
</body>
</html>"""

    def meta(self, a_path, tags, d):
        cat = (
            '<li class="category_1"><a href="/th/news/category/community-news/" class="blog-categories-23">ข่าวกิจกรรม</a>'
            + (", " if tags else "")
            + "</li>"
        )
        tg = "".join(
            f'<li class="tag_{i + 1}"><a href="/th/news/tag/{esc(t)}/" class="blog-tag blog-tag-{i + 2}">{esc(t)}</a>{", " if i < len(tags) - 1 else ""}</li>'
            for i, t in enumerate(tags)
        )
        return f"""<ul class="post-detail-tags">{cat}{tg}</ul>
<ul class="post-detail-meta"><li class="byline">โดย <a href="/th/news/author/admin/">admin</a></li><li>{ce_full(d)}</li></ul>"""

    def item(self, path, title, d, tags, lead, pid):
        words = lead.split(" ")
        lead_t = " ".join(words[:5]) + (" …" if len(words) > 5 else "")
        return f"""<article id="post-{pid}" class="post-item">
    <header>
        <h3><a href="{path}">{esc(title)}</a></h3>
        {self.meta(path, tags, d)}
    </header>
    <div class="blog-visual"><img src="/media/filer_public_thumbnails/filer_public/{pid}/cover.jpg__120x120_q85_crop_subsampling-2_upscale.jpg" alt="" width="120" height="120"></div>
    <div class="blog-lead"><p>{esc(lead_t)}</p></div>
    <footer class="read-more"><a href="{path}">อ่านต่อ</a></footer>
</article>"""

    def listing(self, k):
        items = []
        for j, a in enumerate(self.pages[k]):
            items.append(self.item(a.path, a.title, a.published, a.tags, a.paras[0], a.id))
            if k == 1 and j == 3:
                items.append(
                    self.item(
                        self.deleted_path,
                        DELETED_TITLE,
                        DELETED_DATE,
                        [],
                        "สำนักงานพัฒนาชุมชนจังหวัดเชียงรายขอประชาสัมพันธ์",
                        299,
                    )
                )
        n = len(self.pages)
        nav = ""
        if k:
            nav += f'<a href="?page={k}">&laquo; ก่อนหน้า</a>\n'
        nav += f'<span class="current">หน้า {k + 1} จาก {n}.</span>\n'
        if k < n - 1:
            nav += f'<a href="?page={k + 2}">ถัดไป &raquo;</a>'
        content = f"""<section class="blog-list">
{"".join(items)}
<nav class="pagination">
{nav}
</nav>
</section>"""
        return self.shell(content, self.listing_path)

    def detail(self, a):
        p = a.paras
        k = max(2, (len(p) + 1) // 2)
        t1 = "".join(f"<p>{esc(x)}</p>" for x in p[1:k])
        t2 = "".join(f"<p>{esc(x)}</p>" for x in p[k:])
        if a.source:
            t2 += f'<p style="text-align: right;">เรียบเรียง : {esc(a.source)}</p>'
        related = [x for x in self.articles if x is not a][2:4]
        rel = "".join(
            self.item(x.path, x.title, x.published, x.tags, x.paras[0], x.id) for x in related
        )
        content = f"""<article id="post-{a.id}" class="post-item post-detail">
    <header>
        <h2>{esc(a.title)}</h2>
        {self.meta(a.path, a.tags, a.published)}
    </header>
    <div class="blog-visual"><img src="/media/filer_public_thumbnails/filer_public/{a.id}/cover.jpg__640x360_q85_crop_subsampling-2.jpg" alt="" width="640" height="360"></div>
    <div class="blog-lead"><p>{esc(p[0])}</p></div>
    <div class="blog-content">
        {t1}
        <figure class="djangocms-picture"><picture><img src="/media/filer_public/{a.id}/act-01.jpg" alt="" class="img-fluid"></picture><figcaption>ภาพ: บรรยากาศการดำเนินกิจกรรม</figcaption></figure>
        {t2}
        <span class="djangocms-file"><a href="/media/filer_public/{a.id}/doc.pdf" title="ดาวน์โหลดเอกสาร"><span class="djangocms-file-title">ดาวน์โหลดเอกสาร</span> <span class="djangocms-file-meta">(PDF, 312.0 KB)</span></a></span>
        <div class="share-snippet">แบ่งปันข่าวนี้: <a href="https://www.facebook.com/sharer/sharer.php?u={a.path}" target="_blank">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={a.path}" target="_blank">LINE</a></div>
    </div>
    <section class="post-detail-list">
        <h3 class="related-title">ข่าวที่เกี่ยวข้อง</h3>
        {rel}
    </section>
</article>"""
        return self.shell(content, a.path)

    def deleted(self):
        content = """<section class="blog-list">
<p class="blog-empty">ไม่พบบทความ</p>
</section>"""
        return self.shell(content, self.listing_path)

    def expected(self):
        out = []
        for a in self.articles:
            related = [x for x in self.articles if x is not a][2:4]
            must_not = [
                "ภาพ: บรรยากาศการดำเนินกิจกรรม",
                "ดาวน์โหลดเอกสาร",
                "(PDF, 312.0 KB)",
                "แบ่งปันข่าวนี้:",
                "ข่าวที่เกี่ยวข้อง",
                related[0].title,
                related[1].title,
                "อ่านต่อ",
                "ป้ายกำกับ",
                "คลังข่าว",
                "เว็บไซต์นี้มีการใช้งานคุกกี้",
                "ข่าวล่าสุด",
            ]
            out.append(record(self, a, must_not, published_time=False))
        return out


SITE = DjangoBlogSite()

if __name__ == "__main__":
    main(SITE)
