"""Blind-5 red-team site: Joomla 4 + a YOOtheme Pro-like template, built blind.

What it imitates:
- SEF URLs `/index.php/khao-prasamphan/123-pr-123`, category blog `/index.php/khao-prasamphan`
  with `?start=8`, `?start=16` (`ul.uk-pagination`, icon-only prev/next with `uk-pagination-next`);
- single article: `article.uk-article[typeof=Article]` with RDFa `meta[property=datePublished]`
  and `meta[property=dateModified]` in UTC (`…+00:00`, for every item), `h1.uk-article-title`,
  `p.uk-article-meta` "เขียนโดย admin เมื่อ <time datetime=UTC>03 ตุลาคม 2561</time>.",
  then a `uk-subnav` with the category and "เปิดอ่าน 87";
- `div[property=text]` with paragraphs and a "ที่มา : …" line; tags as `uk-label` links,
  print/email icons, prev/next article buttons ("ก่อนหน้า" / "ถัดไป"), "บทความล่าสุด" and
  "ยอดนิยม" modules, a login module;
- the deleted item answers 200 with the template and "ไม่พบข้อมูล".
"""

from __future__ import annotations

import datetime as dt

from ._common import BaseSite, esc, expected_record, fmt_full, main, paginate
from .b5_common import PER_PAGE, build

SITE_NAME = "สำนักงานเกษตรจังหวัดลำพูน"
CAT = "/index.php/khao-prasamphan"
SOURCES = [None, "กลุ่มยุทธศาสตร์และสารสนเทศ", "ฝ่ายบริหารทั่วไป สำนักงานเกษตรจังหวัดลำพูน"]
DELETED = CAT + "/5-pr-5"
UTC = dt.UTC


def utc(d):
    return d.astimezone(UTC).isoformat()


class YooSite(BaseSite):
    key = "b5_joomla4_yootheme"
    family = "joomla"
    imitates = "Joomla 4 + YOOtheme Pro-like template: uk-article, uk-article-meta 'เขียนโดย admin เมื่อ 03 ตุลาคม 2561' (UTC datetime), RDFa datePublished/dateModified, 'เปิดอ่าน 87', ?start=N"
    listing_path = CAT

    def __init__(self):
        self.articles = build(self.key, 20, 37, SOURCES)
        for a in self.articles:
            a.path = f"{CAT}/{a.id}-pr-{a.id}"
            a.time_printed = True  # the datetime attribute carries the time for every item
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return [CAT] + [f"{CAT}?start={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [DELETED]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:4]

    def shell(self, base, title, main_html):
        latest = "".join(
            f'<li><a href="{base}{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:4]
        )
        popular = "".join(
            f'<li><a href="{base}{x.path}">{esc(x.title)}</a></li>' for x in self.popular()
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr" vocab="https://schema.org/">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta charset="utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link href="{base}/templates/yootheme/css/theme.9.css?1538555280" rel="stylesheet" />
<script src="{base}/templates/yootheme/vendor/assets/uikit/dist/js/uikit.min.js?2.7.22"></script>
</head>
<body class="">
<div class="tm-page">
<div class="tm-header uk-visible@m" uk-header>
<div uk-sticky media="@m" cls-active="uk-navbar-sticky" sel-target=".uk-navbar-container">
<div class="uk-navbar-container"><div class="uk-container uk-container-expand"><nav class="uk-navbar" uk-navbar="{{&quot;align&quot;:&quot;left&quot;}}">
<div class="uk-navbar-left"><a href="{base}/index.php" class="uk-navbar-item uk-logo">{SITE_NAME}</a>
<ul class="uk-navbar-nav"><li><a href="{base}/index.php">หน้าหลัก</a></li><li class="uk-active"><a href="{base}{CAT}">ข่าวประชาสัมพันธ์</a></li><li><a href="{base}/index.php/contact">ติดต่อเรา</a></li></ul></div>
</nav></div></div></div></div>
<div id="tm-main" class="tm-main uk-section uk-section-default" uk-height-viewport="expand: true">
<div class="uk-container">
<div class="uk-grid" uk-grid>
<div class="uk-width-expand@m">
<nav class="uk-margin-medium-bottom" aria-label="Breadcrumb"><ul class="uk-breadcrumb"><li><a href="{base}/index.php"><span>หน้าหลัก</span></a></li><li><span>ข่าวประชาสัมพันธ์</span></li></ul></nav>
{main_html}
</div>
<aside id="tm-sidebar" class="tm-sidebar uk-width-1-4@m">
<div class="uk-grid uk-child-width-1-1" uk-grid>
<div><div class="uk-panel" id="module-91"><h3 class="uk-h5">บทความล่าสุด</h3><ul class="uk-list uk-list-divider">{latest}</ul></div></div>
<div><div class="uk-panel" id="module-92"><h3 class="uk-h5">ยอดนิยม</h3><ul class="uk-list uk-list-divider">{popular}</ul></div></div>
<div><div class="uk-panel" id="module-93"><h3 class="uk-h5">เข้าสู่ระบบ</h3><form action="{base}/index.php" method="post" id="login-form" class="uk-form"><input type="text" name="username" class="uk-input" placeholder="ชื่อผู้ใช้"><input type="password" name="password" class="uk-input" placeholder="รหัสผ่าน"><button class="uk-button uk-button-primary" type="submit">เข้าสู่ระบบ</button></form></div></div>
</div>
</aside>
</div>
</div>
</div>
<div class="tm-bottom uk-section-secondary uk-section"><div class="uk-container"><div class="uk-panel"><p>{SITE_NAME} ศาลากลางจังหวัดลำพูน ถนนลำพูน-ป่าซาง</p><p>ผู้เยี่ยมชมวันนี้ 214 ทั้งหมด 483,112</p></div></div></div>
</div>
</body>
</html>
"""

    def listing(self, base, start):
        if start % PER_PAGE or not 0 <= start // PER_PAGE < len(self.pages):
            return None
        n = start // PER_PAGE
        items = []
        for k, a in enumerate(self.pages[n]):
            items.append(
                f"""<div><article class="uk-article" typeof="Article"><meta property="name" content="{esc(a.title)}"><meta property="datePublished" content="{utc(a.published)}"><meta class="uk-margin-remove-adjacent" property="datePublished" content="{utc(a.published)}"><h2 property="headline" class="uk-margin-remove-bottom uk-h3 uk-article-title"><a href="{base}{a.path}" class="uk-link-reset">{esc(a.title)}</a></h2><p class="uk-margin-small-top uk-margin-remove-bottom uk-article-meta">เขียนโดย <a href="{base}/index.php/component/contact/contact/1">admin</a> เมื่อ <time datetime="{utc(a.published)}">{fmt_full(a.published, zero=True)}</time>.</p><div class="uk-margin-small-top" property="text"><p>{esc(a.paras[0][:180])}…</p></div><p class="uk-margin-small-top"><a class="uk-button uk-button-text" href="{base}{a.path}">อ่านเพิ่มเติม …</a></p></article></div>"""
            )
            if n == 1 and k == 2:
                items.append(
                    f"""<div><article class="uk-article" typeof="Article"><h2 property="headline" class="uk-margin-remove-bottom uk-h3 uk-article-title"><a href="{base}{DELETED}" class="uk-link-reset">ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการ</a></h2></article></div>"""
                )

        def href(k):
            return f"{base}{CAT}" if k == 0 else f"{base}{CAT}?start={k * PER_PAGE}"

        pg = []
        if n > 0:
            pg.append(
                f'<li><a href="{href(n - 1)}" aria-label="ก่อนหน้า"><span uk-pagination-previous></span></a></li>'
            )
        for k in range(len(self.pages)):
            pg.append(
                f'<li class="uk-active"><span>{k + 1}</span></li>'
                if k == n
                else f'<li><a href="{href(k)}">{k + 1}</a></li>'
            )
        if n < len(self.pages) - 1:
            pg.append(
                f'<li><a href="{href(n + 1)}" aria-label="ถัดไป"><span uk-pagination-next></span></a></li>'
            )
        main_html = f"""<h1 class="uk-margin-medium-bottom">ข่าวประชาสัมพันธ์</h1>
<div class="uk-child-width-1-1 uk-grid-row-large" uk-grid>
{chr(10).join(items)}
</div>
<ul class="uk-pagination uk-margin-large uk-flex-center">{"".join(pg)}</ul>"""
        return self.html_response(self.shell(base, "ข่าวประชาสัมพันธ์", main_html))

    def detail(self, base, a):
        i = self.articles.index(a)
        mod = a.modified or a.published
        text = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            text += f"\n<p><strong>ที่มา :</strong> {esc(a.source)}</p>"
        tags = ""
        if a.tags:
            tags = (
                '<p class="uk-margin-medium">'
                + " ".join(
                    f'<a href="{base}/index.php/component/tags/tag/{k + 2}" class="uk-label">{esc(t)}</a>'
                    for k, t in enumerate(a.tags)
                )
                + "</p>"
            )
        nav = []
        if i + 1 < len(self.articles):
            nav.append(
                f'<li><a href="{base}{self.articles[i + 1].path}"><span uk-pagination-previous></span> ก่อนหน้า</a></li>'
            )
        if i > 0:
            nav.append(
                f'<li class="uk-margin-auto-left"><a href="{base}{self.articles[i - 1].path}">ถัดไป <span uk-pagination-next></span></a></li>'
            )
        main_html = f"""<article id="article-{a.id}" class="uk-article" data-permalink="{base}{a.path}" typeof="Article" vocab="https://schema.org/">
<meta property="name" content="{esc(a.title)}">
<meta property="author" typeof="Person" content="admin">
<meta property="dateModified" content="{utc(mod)}">
<meta property="datePublished" content="{utc(a.published)}">
<meta class="uk-margin-remove-adjacent" property="articleSection" content="ข่าวประชาสัมพันธ์">
<div class="uk-text-center uk-margin-medium-top" property="image" typeof="ImageObject"><meta property="url" content="{base}/images/news/{a.id}.jpg"><img src="{base}/images/news/{a.id}.jpg" alt=""></div>
<h1 property="headline" class="uk-margin-top uk-margin-remove-bottom uk-article-title">{esc(a.title)}</h1>
<p class="uk-margin-top uk-margin-remove-bottom uk-article-meta">เขียนโดย <a href="{base}/index.php/component/contact/contact/1">admin</a> เมื่อ <time datetime="{utc(a.published)}">{fmt_full(a.published, zero=True)}</time>.</p>
<ul class="uk-margin-small-top uk-subnav uk-subnav-divider"><li><a href="{base}{CAT}">ข่าวประชาสัมพันธ์</a></li><li><span>เปิดอ่าน {a.views}</span></li><li><a href="{base}{a.path}?tmpl=component&amp;print=1" title="พิมพ์" rel="nofollow"><span uk-icon="print"></span></a></li><li><a href="{base}/index.php/component/mailto/?link=x" title="อีเมล" rel="nofollow"><span uk-icon="mail"></span></a></li></ul>
<div class="uk-margin-medium-top" property="text">
{text}
</div>
{tags}
<ul class="uk-pagination uk-margin-medium">{"".join(nav)}</ul>
</article>"""
        return self.html_response(self.shell(base, a.title, main_html))

    def deleted(self, base):
        main_html = '<div class="uk-alert uk-alert-warning"><p>ไม่พบข้อมูล</p></div>'
        return self.html_response(self.shell(base, "ไม่พบข้อมูล", main_html))

    def route(self, path, query, raw_query, base):
        p = path.rstrip("/")
        if p in ("", "/index.php"):
            return 303, {"Location": base + CAT}, b""
        if p == CAT:
            s = query.get("start", ["0"])[0]
            return self.listing(base, int(s)) if s.isdigit() else None
        if p in self.by_path:
            return self.detail(base, self.by_path[p])
        if p == DELETED:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            rec = expected_record(
                a,
                published_time=True,
                modified=True,
                must_not=[
                    f"เปิดอ่าน {a.views}",
                    "เขียนโดย",
                    "บทความล่าสุด",
                    "ยอดนิยม",
                    "เข้าสู่ระบบ",
                    "ผู้เยี่ยมชมวันนี้",
                ]
                + [x.title for x in self.popular() if x is not a],
            )
            # the template prints dateModified for every item: never-edited ones carry the created date
            rec["modified_at"] = (a.modified or a.published).isoformat()
            out.append(rec)
        return out


SITE = YooSite()

if __name__ == "__main__":
    main(SITE)
