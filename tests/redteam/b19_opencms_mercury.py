"""Blind-19 red-team site: a Java OpenCms 1x site with the Alkacon 'Mercury' template, the news
of a regional land development office (สำนักงานพัฒนาที่ดินเขต 3), built blind.

What it imitates:
- a static Mercury list (`type-list-list`, `list-append-position data-dynamic="false"`) at
  `/th/news/`, paged by OpenCms search state parameters `?reloaded&page=2` (Mercury's
  list-pagination: `li.previous/.first/.page/.lastpage/.next`, sr-only labels, onclick);
- detail pages `/th/news/a_00042/` (the URL name falls back to the XML content's file name
  when the Thai title does not translate), **the same `<title>` on every page**;
- the detail formatter `detail-page type-article`: `h1.intro-headline` with a kicker
  `span.intro` ('ข่าวประชาสัมพันธ์ สพข.3' + sr-only ':') before `span.headline`, the first
  paragraph of the text as the **Preface** (`div.sub-header` in the key piece), the rest as
  `type-section` paragraphs in `div.detail-content`;
- the printed date is Java's en_US SHORT format, **month first, two-digit CE year**
  ('2/14/24', in `.visual-info .info.date`); the time is only in the JSON-LD of
  data-article (`datePublished` 'yyyy-MM-ddTHH:mm:ssXXX'), whose `dateModified` (the file's
  last modification) is printed for every item;
- sources three ways: the Author field (`.info.person`, sr-only 'โดย', also JSON-LD author)
  for some, a 'เรียบเรียง : …' paragraph for others, the office alone as the last line for a
  few; no tags; no per-article counter (only the site counter in the footer);
- inside the detail container: a download list ('เอกสารดาวน์โหลด'), a shariff share bar and a
  'ข่าวที่เกี่ยวข้อง' teaser list (an editor's element in the detail-only container);
  'ข่าวล่าสุด' aside, breadcrumbs, privacy-policy banner, footer counter;
- served in **windows-874**: the header says `text/html;charset=windows-874` while the
  template's meta still says UTF-8 (mislabelled meta);
- the deleted (expired) item answers 200 with the detail page and 'ไม่พบข้อมูล' in place of
  the article.
"""

from __future__ import annotations

import datetime as dt
import json

from ._common import esc, main
from .b19b_common import B9Site, build, java_short_en, joomla_c, neighbours, record

ORG = "สำนักงานพัฒนาที่ดินเขต 3"
KICKER = "ข่าวประชาสัมพันธ์ สพข.3"
TITLE = "ข่าวประชาสัมพันธ์ - สำนักงานพัฒนาที่ดินเขต 3 กรมพัฒนาที่ดิน"
# (how the source is printed, office)
SOURCES = [
    ("author", "กลุ่มวางแผนการใช้ที่ดิน สพข.3"),
    None,
    ("rewrite", "ฝ่ายบริหารทั่วไป สำนักงานพัฒนาที่ดินเขต 3"),
    None,
    ("alone", "สถานีพัฒนาที่ดินชลบุรี"),
    ("author", "กลุ่มวิชาการเพื่อการพัฒนาที่ดิน สพข.3"),
    None,
]
DELETED = "/th/news/a_00031/"
SHARE = "แบ่งปันข่าวนี้"
DOWNLOADS = "เอกสารดาวน์โหลด"
RELATED = "ข่าวที่เกี่ยวข้อง"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสิทธิภาพและประสบการณ์ที่ดีในการใช้เว็บไซต์ของท่าน"
COUNTER = "จำนวนผู้เข้าชมเว็บไซต์"


class MercurySite(B9Site):
    key = "b19_opencms_mercury"
    family = "generic"
    imitates = "OpenCms + Mercury template: static list /th/news/?reloaded&page=2 (Mercury list-pagination), details /th/news/a_00042/, same <title> everywhere, h1.intro-headline with a kicker span before the headline, first paragraph as the Preface (div.sub-header), Java en_US SHORT date '2/14/24' (month first, 2-digit CE), time only in JSON-LD datePublished, dateModified in JSON-LD for every item, source as Author field / 'เรียบเรียง :' / office alone, download list + shariff + related teasers inside the detail container; windows-874 in the header, meta says UTF-8; deleted = 'ไม่พบข้อมูล' (200)"
    listing_path = "/th/news/"
    charset = "cp874"
    per_page = 8

    def __init__(self):
        self.articles = build(
            self.key, 23, 157, SOURCES, dt.datetime(2024, 10, 3, 17, 0), first_id=40, step=1
        )
        for a in self.articles:
            a.path = f"/th/news/a_{a.id:05d}/"
            a.tags = []
            a.views = None
            a.time_printed = True  # JSON-LD datePublished always carries the time
            kind, office = a.source or (None, None)
            a.extra["kind"] = kind
            a.source = office
            if a.modified is None:
                a.modified = a.published  # dateModified = file's last change = publication
        self.setup_routes()

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return (
            status,
            {"Content-Type": "text/html;charset=windows-874"},
            text.encode("cp874", "xmlcharrefreplace"),
        )

    def page_url(self, k):
        return self.listing_path if k == 0 else f"{self.listing_path}?reloaded&page={k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def robots(self):
        return "User-agent: *\nDisallow: /system/\nDisallow: /opencms/system/\nDisallow: /workplace\nSitemap: /th/sitemap.xml\n"

    def extra_route(self, key, query):
        if key == f"{self.listing_path}?reloaded&page=1":  # the pager's link to page 1
            return self.html_response(self.listing(0))
        return None

    # ------------------------------------------------------------------ shell

    def shell(self, crumbs, main_html, jsonld=""):
        latest = "".join(
            f'<li class="list-entry"><div class="teaser teaser-compact type-article piece phh pnv"><div class="body"><div class="heading"><a href="{a.path}" class="uncolored"><h3 class="intro-headline"><span class="headline">{esc(a.title)}</span></h3></a></div><div class="text"><div class="teaser-date">{java_short_en(a.published)}</div></div></div></div></li>'
            for a in self.articles[:5]
        )
        bc = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in crumbs)
        return f"""<!DOCTYPE html>
<html lang="th" class="noscript">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0, viewport-fit=cover">
<title>{TITLE}</title>
<meta name="generator" content="OpenCms - Open Source Content Management">
<link rel="stylesheet" href="/export/system/modules/alkacon.mercury.theme/css/theme-standard.min.css">
<link rel="canonical" href="{crumbs[-1][0]}">
{jsonld}
</head>
<body>
<div id="mercury-page">
<header class="area-header fh header-notfixed lp-l ls-0 pad-sm meta-right title-middle bc-left" ><div id="nav-toggle-label-open" class="nav-toggle-label"><span class="nav-toggle"><span>แสดง/ซ่อนเมนู</span></span></div>
<div class="header-group co-sm-md sticky csssetting"><div class="head notfixed"><div class="head-overlay"></div>
<div class="h-meta"><div class="container"><div class="element type-linksequence ls-row no-icon"><ul><li class="ls-li"><a href="/th/sitemap/">แผนผังเว็บไซต์</a></li><li class="ls-li"><a href="/en/">English</a></li><li class="ls-li"><a href="/th/contact/">ติดต่อเรา</a></li></ul></div></div></div>
<div class="h-group"><div class="container"><div class="h-logo"><a href="/th/" class="imglink"><img src="/export/sites/ldd3/.galleries/logo-ldd.png" alt="{ORG}"></a></div><div class="h-title"><div class="element type-section piece only-heading"><div class="heading"><div class="piece-heading">{ORG}</div></div></div></div>
<div class="h-nav"><nav class="nav-main-container"><ul class="nav-main-items cap-css"><li><a href="/th/">หน้าแรก</a></li><li><a href="/th/about/">เกี่ยวกับหน่วยงาน</a></li><li class="active"><a href="/th/news/" aria-current="page">ข่าวประชาสัมพันธ์</a></li><li><a href="/th/services/">บริการประชาชน</a></li><li><a href="/th/ita/">ITA</a></li></ul></nav></div></div></div>
</div></div>
<div class="h-bc"><div class="container"><div class="element type-nav-breadcrumbs"><ul class="nav-breadcrumbs"><li><a href="/th/">หน้าแรก</a></li>{bc}</ul></div></div></div>
</header>
<main class="area-content area-wide area-side-main">
<div class="container"><div class="row">
<div class="col-lg-8 area-wide">
{main_html}
</div>
<aside class="col-lg-4 area-side">
<div class="element type-list-list list-compact"><div class="heading"><h2 class="piece-heading">ข่าวล่าสุด</h2></div><div class="list-box"><ul class="list-entries">{latest}</ul></div></div>
<div class="element type-linksequence ls-bullets"><div class="heading"><h2 class="piece-heading">ลิงก์หน่วยงาน</h2></div><ul><li><a href="https://www.ldd.go.th/">กรมพัฒนาที่ดิน</a></li><li><a href="https://www.moac.go.th/">กระทรวงเกษตรและสหกรณ์</a></li></ul></div>
</aside>
</div></div>
</main>
<footer class="area-foot"><div class="container"><div class="row"><div class="col-md-8"><div class="element type-section piece only-text"><div class="body"><div class="text"><p>{ORG} 99 หมู่ 3 ตำบลบ้านสวน อำเภอเมืองชลบุรี จังหวัดชลบุรี 20000 โทร 0 3827 8124</p></div></div></div></div>
<div class="col-md-4"><div class="element type-section piece only-text"><div class="body"><div class="text"><p>{COUNTER} 1,482,306 ครั้ง</p></div></div></div></div></div></div></footer>
</div>
<div id="privacy-policy-banner" class="pp-banner"><div class="banner"><div class="container"><div class="title">การใช้คุกกี้</div><div class="message">{COOKIE}</div><div class="selection"><div class="buttons"><button class="btn btn-accept">ยอมรับทั้งหมด</button><button class="btn btn-togglebar">ตั้งค่า</button></div></div></div></div></div>
<script src="/export/system/modules/alkacon.mercury.theme/js/mercury.js"></script>
</body>
</html>"""

    # ------------------------------------------------------------------ listing

    def teaser(self, path, title, d, text):
        return f"""<li class="list-entry"><div class="teaser teaser-elaborate type-article piece flex lay-3 phb phv p-xs-12 p-md-4 pnl ptl pvl"><div class="visual"><a href="{path}" tabindex="-1" aria-hidden="true"><div class="square-3-2 image-src-box presized"><img src="/export/sites/ldd3/.galleries/news/{path.strip("/").rsplit("/", 1)[1]}.jpg" alt="" loading="lazy"></div></a></div>
<div class="body"><div class="heading"><a href="{path}" class="uncolored"><h2 class="intro-headline"><span class="intro">{KICKER}<span class="sr-only">:</span></span><span class="headline">{esc(title)}</span></h2></a></div>
<div class="text"><div class="teaser-date">{java_short_en(d)}</div><div class="teaser-text">{esc(text)}</div></div>
<div class="link"><a href="{path}" class="btn piece-btn">อ่านต่อ</a></div></div></div></li>"""

    def listing(self, k):
        items = []
        for j, a in enumerate(self.pages[k]):
            items.append(self.teaser(a.path, a.title, a.published, a.paras[0][:140] + " ..."))
            if k == 1 and j == 2:
                items.append(
                    self.teaser(
                        DELETED,
                        "ประกาศรายชื่อผู้ผ่านการคัดเลือกหมอดินอาสาดีเด่น ประจำปี 2567",
                        dt.datetime(2024, 8, 19, 10, 0),
                        "ตามที่สำนักงานพัฒนาที่ดินเขต 3 ได้ดำเนินการคัดเลือกหมอดินอาสาดีเด่น ...",
                    )
                )
        n = len(self.pages)
        cur = k + 1

        def a_(page, inner, title, cls=""):
            href = f"{self.listing_path}?reloaded&amp;page={page}"
            return f"""<a href="{href}"{' class="' + cls + '"' if cls else ""} onclick='DynamicList.update("le_4f2a1c", "reloaded&amp;page={page}", "false");return false' title='{title}'>{inner}</a>"""

        pag = (
            f'<li class="previous{"" if cur > 1 else " disabled"}">'
            + a_(
                max(cur - 1, 1),
                '<span class="sr-only">หน้าก่อนหน้า</span><span class="fa fa-angle-left" aria-hidden="true"></span>',
                "หน้าก่อนหน้า",
                "pag-ctrl" + ("" if cur > 1 else " disabled"),
            )
            + "</li>"
        )
        for p in range(1, n + 1):
            cls = ("lastpage" if p == n else "page") + (" active" if p == cur else "")
            pag += (
                f'<li class="{cls}">'
                + a_(
                    p,
                    f'<span class="sr-only">หน้า</span><span class="number" aria-hidden="true">{p}</span>',
                    f"หน้า {p}",
                )
                + "</li>"
            )
        pag += (
            f'<li class="next{"" if cur < n else " disabled"}">'
            + a_(
                min(cur + 1, n),
                '<span class="sr-only">หน้าถัดไป</span><span class="fa fa-angle-right" aria-hidden="true"></span>',
                "หน้าถัดไป",
                "pag-ctrl" + ("" if cur < n else " disabled"),
            )
            + "</li>"
        )
        html = f"""<div class="element type-section piece only-heading"><div class="heading"><h1 class="piece-heading">ข่าวประชาสัมพันธ์</h1></div></div>
<div class="element type-list-list list-elaborate" id="le_4f2a1c"><div class="list-box"><ul class="list-entries">{"".join(items)}</ul></div>
<div class="list-pagination"><div class="list-append-position" data-dynamic="false" ><ul class="pagination">{pag}</ul></div></div></div>"""
        return self.shell([(self.listing_path, "ข่าวประชาสัมพันธ์")], html)

    # ------------------------------------------------------------------ detail

    def jsonld(self, a):
        doc = {
            "@context": "http://schema.org",
            "@type": "NewsArticle",
            "url": a.path,
            "mainEntityOfPage": a.path,
            "headline": a.title,
            "datePublished": joomla_c(a.published),
            "dateModified": joomla_c(a.modified),
            "image": f"/export/sites/ldd3/.galleries/news/a_{a.id:05d}.jpg",
        }
        if a.extra["kind"] == "author":
            doc["author"] = {"@type": "Person", "name": a.source}
        doc["publisher"] = {
            "@type": "Organization",
            "name": ORG,
            "logo": "/export/sites/ldd3/.galleries/logo-ldd.png",
        }
        return (
            '<script type="application/ld+json">'
            + json.dumps(doc, ensure_ascii=False)
            + "</script>"
        )

    def detail(self, a):
        kind = a.extra["kind"]
        person = ""
        if kind == "author":
            person = f'<div class="info person"><span class="sr-only">โดย</span><div>{esc(a.source)}</div></div>'
        info = f'<div class="visual-info{"" if person else " right date-only"} it"><div class="info date"><span class="sr-only">วันที่</span><div>{java_short_en(a.published)}</div></div>{person}</div>'
        rest = a.paras[1:]
        sections = []
        for i, p in enumerate(rest):
            last = i == len(rest) - 1
            extra = ""
            if last and kind == "rewrite":
                extra = f"<p>เรียบเรียง : {esc(a.source)}</p>"
            elif last and kind == "alone":
                extra = f'<p style="text-align: right;">{esc(a.source)}</p>'
            sections.append(
                f'<div class="element type-section piece full lay-0 only-text"><div class="body"><div class="text"><p>{esc(p)}</p>{extra}</div></div></div>'
            )
        older, newer = neighbours(self.articles, a)
        rel = [x for x in (older, newer) if x]
        rel_html = "".join(
            f'<li class="list-entry"><div class="teaser teaser-compact type-article piece"><div class="body"><div class="heading"><a href="{x.path}" class="uncolored"><h3 class="intro-headline"><span class="headline">{esc(x.title)}</span></h3></a></div><div class="text"><div class="teaser-date">{java_short_en(x.published)}</div></div></div></div></li>'
            for x in rel
        )
        main_html = f"""<div class="element type-article detail-page-container">
<div class="detail-page type-article layout-0">
<div class="detail-visual piece full lay-0 phh phv pnl ptl"><div class="heading"><h1 class="intro-headline" tabindex="0"><span class="intro">{KICKER}<span class="sr-only">:</span></span><span class="headline">{esc(a.title)}</span></h1><div class="sub-header">{esc(a.paras[0])}</div></div>
<div class="visual"><div class="image-src-box presized"><img src="/export/sites/ldd3/.galleries/news/a_{a.id:05d}.jpg" alt="" loading="lazy"></div></div>
<div class="body"><div class="text">{info}</div></div></div>
<div class="detail-content">
{"".join(sections)}
<div class="element type-section piece full lay-0 only-text paragraph-downloads"><div class="heading"><h2 class="piece-heading">{DOWNLOADS}</h2></div><div class="body"><div class="text"><ul class="download-list"><li><a href="/export/sites/ldd3/.galleries/downloads/news-{a.id}.pdf" class="dl-link">ภาพกิจกรรมและเอกสารประกอบ (PDF, 2.4 MB)</a></li></ul></div></div></div>
</div>
</div>
<div class="detail-addition element type-shariff"><div class="heading"><div class="piece-heading">{SHARE}</div></div><div class="shariff" data-services='["facebook","twitter","line","mail","print"]' data-lang="th" data-mail-url="mailto:" data-title="{esc(a.title)}"></div></div>
<div class="element type-list-list list-compact detail-related"><div class="heading"><h2 class="piece-heading">{RELATED}</h2></div><div class="list-box"><ul class="list-entries">{rel_html}</ul></div></div>
</div>"""
        return self.shell(
            [(self.listing_path, "ข่าวประชาสัมพันธ์"), (a.path, a.title)], main_html, self.jsonld(a)
        )

    def deleted(self):
        main_html = """<div class="element type-article detail-page-container">
<div class="detail-page type-article layout-0"><div class="element type-section piece full only-text"><div class="body"><div class="text"><div class="alert alert-warning">ไม่พบข้อมูล เนื้อหาที่ท่านเรียกดูอาจหมดอายุการเผยแพร่หรือถูกลบออกจากระบบแล้ว</div></div></div></div></div>
</div>"""
        return self.shell([(self.listing_path, "ข่าวประชาสัมพันธ์"), (DELETED, "ไม่พบข้อมูล")], main_html)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                KICKER,
                DOWNLOADS,
                "ภาพกิจกรรมและเอกสารประกอบ",
                SHARE,
                RELATED,
                COUNTER,
                "การใช้คุกกี้",
                "ลิงก์หน่วยงาน",
                older.title if older else "",
                newer.title if newer else "",
                "ตำบลบ้านสวน อำเภอเมืองชลบุรี",
            ]
            out.append(record(self, a, must_not, views=False))
        return out


SITE = MercurySite()

if __name__ == "__main__":
    main(SITE)
