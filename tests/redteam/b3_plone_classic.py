"""Blind-3 red-team site: a university-run public office on Plone 5.2 with the classic
Barceloneta theme (built blind).

What it imitates (facts about Plone 5's printed markup, not its code):
- News Item ids under a folder: `/news/pr-2567-034`; a Collection `/news` in summary view
  (`article.tileItem`, `h2.tileHeadline a.summary.url`, `span.description`, "อ่านต่อ…"),
  batched with `?b_start:int=10` (`nav.pagination`, `li.previous` / `li.next`
  "ก่อนหน้า 10 รายการ" / "ถัดไป 10 รายการ", `li.active`);
- `#portal-breadcrumbs` ("คุณอยู่ที่:" hidden) ending in `#breadcrumbs-current` = headline;
- `article#content`: `h1.documentFirstHeading`, `div.documentByLine` with
  "โดย pr01 — เผยแพร่ ม.ค. 15, 2024 10:30 AM — แก้ไขล่าสุด ม.ค. 18, 2024 02:20 PM":
  Plone's default long date format (`%b %d, %Y %I:%M %p`) with the Thai abbreviated month
  names, month first, Christian era, twelve-hour clock; the modified date is printed for
  every item (= published for never-edited ones);
- `div.documentDescription` (the editor's summary in its own field, absent for some items;
  the bench neither requires nor forbids it in the body);
- `#content-core`: `figure.newsImageContainer` with `figcaption`, `#parent-fieldname-text`
  with the text and an editor-typed "ที่มา : ..." last line;
- below the content: document actions ("พิมพ์", "ส่งหน้านี้"), `#section-category`
  "หมวดหมู่:" with keyword links, the related-items viewlet "เนื้อหาที่เกี่ยวข้อง", the
  next/previous viewlet with titles, a "ข่าว" news portlet in the right column, and the
  anonymous "เข้าสู่ระบบ" link; no counter;
- the deleted item: a Document answering 200 titled "ไม่พบข้อมูล" with an empty text.
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS_ABBR,
    TZ,
    Article,
    BaseSite,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
)
from .b3_common import ensure_source

SITE_NAME = "สำนักงานอุทยานวิทยาศาสตร์ภาคเหนือ"
PER_PAGE = 10
SOURCES = ["งานสื่อสารองค์กร", "ฝ่ายประชาสัมพันธ์ อุทยานวิทยาศาสตร์ภาคเหนือ", None]
DELETED_ID = "pr-2567-000"


def plone_long(d: dt.datetime) -> str:
    h = d.hour % 12 or 12
    return f"{MONTHS_ABBR[d.month - 1]} {d.day:02d}, {d.year} {h:02d}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"


def plone_short(d: dt.datetime) -> str:
    return f"{MONTHS_ABBR[d.month - 1]} {d.day:02d}, {d.year}"


def build() -> list[Article]:
    arts = make_articles(
        "b3_plone_classic", 23, start=dt.datetime(2024, 6, 28, 17, 0, tzinfo=TZ), offset=7
    )
    n = len(arts)
    for i, a in enumerate(arts):
        a.id = n - i + 12
        a.time_printed = True
        a.views = None
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.extra["pid"] = f"pr-2567-{a.id:03d}"
        a.path = f"/news/{a.extra['pid']}"
        a.extra["desc"] = (
            None if i % 4 == 3 else f"{SITE_NAME}เผยแพร่ข่าวกิจกรรมประจำสัปดาห์ที่ {i + 1} ของปี"
        )
    return arts


class PloneSite(BaseSite):
    key = "b3_plone_classic"
    family = "generic"
    imitates = "Plone 5.2 Barceloneta News Items, documentByLine 'ม.ค. 15, 2024 10:30 AM', ?b_start:int=N batching"
    listing_path = "/news"

    def __init__(self):
        self.articles = build()
        self.by_pid = {a.extra["pid"]: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/news"] + [f"/news?b_start:int={k * PER_PAGE}" for k in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/news/{DELETED_ID}"]

    # ------------------------------------------------------------ main_template
    def page(self, base, *, title, body_cls, crumbs, content, head=""):
        portlet = "".join(
            f'<li class="portletItem"><a href="{base}{x.path}" class="tile" title="">{esc(x.title)}<span class="portletItemDetails">{plone_short(x.published)}</span></a></li>'
            for x in self.articles[:5]
        )
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" lang="th" xml:lang="th">
  <head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
    <meta name="generator" content="Plone - http://plone.com" />
    <meta name="viewport" content="width=device-width, initial-scale=0.6666, maximum-scale=1.0, minimum-scale=0.6666" />
    <title>{esc(title)} — {SITE_NAME}</title>
    {head}
    <link rel="stylesheet" href="{base}/++plone++production/++unique++2023-05-02T10:11:12/default.css" data-bundle="production" />
    <link rel="stylesheet" href="{base}/++theme++barceloneta/less/barceloneta-compiled.css" data-bundle="diazo" />
    <script src="{base}/++plone++production/++unique++2023-05-02T10:11:12/default.js" data-bundle="production"></script>
    <link rel="search" href="{base}/@@search" title="ค้นหาเว็บไซต์" />
  </head>
  <body id="visual-portal-wrapper" class="{body_cls} frontend icons-on site-Plone thumbs-on userrole-anonymous viewpermission-view" dir="ltr" data-i18ncatalogurl="{base}/plonejsi18n" data-view-url="{base}/news" data-portal-url="{base}" data-pat-pickadate="{{&quot;date&quot;: {{&quot;selectYears&quot;: 200}}, &quot;time&quot;: {{&quot;interval&quot;: 5 }} }}" data-base-url="{base}/news">
    <div class="outer-wrapper">
      <header id="content-header">
        <div class="container">
          <div id="portal-header">
    <a id="portal-logo" title="{SITE_NAME}" href="{base}"><img src="{base}/logo.png" alt="{SITE_NAME}" title="{SITE_NAME}" /></a>
<div id="portal-searchbox"><form id="searchGadget_form" action="{base}/@@search" role="search" class="pat-livesearch"><div class="LSBox"><label class="hiddenStructure" for="searchGadget">ค้นหาเว็บไซต์</label><input name="SearchableText" type="text" size="18" id="searchGadget" title="ค้นหาเว็บไซต์" placeholder="ค้นหาเว็บไซต์" class="searchField" /><input class="searchButton" type="submit" value="ค้นหา" /></div></form></div>
<div id="portal-anontools"><ul><li><a title="เข้าสู่ระบบ" href="{base}/login" id="personaltools-login" class="pat-plone-modal">เข้าสู่ระบบ</a></li></ul></div>
</div>
        </div>
      </header>
      <div id="mainnavigation-wrapper"><div id="mainnavigation"><nav class="plone-navbar pat-navigationmarker" id="portal-globalnav-wrapper"><div class="container"><div class="plone-collapse plone-navbar-collapse" id="portal-globalnav-collapse"><ul class="plone-nav plone-navbar-nav" id="portal-globalnav"><li class="index_html"><a href="{base}" class="state-None">หน้าหลัก</a></li><li class="news selected"><a href="{base}/news" class="state-published">ข่าวประชาสัมพันธ์</a></li><li class="events"><a href="{base}/events" class="state-published">กิจกรรม</a></li><li class="about"><a href="{base}/about" class="state-published">เกี่ยวกับเรา</a></li></ul></div></div></nav></div></div>
      <div id="above-content-wrapper"><section id="viewlet-above-content"><nav id="portal-breadcrumbs" class="plone-breadcrumb"><div class="container"><span id="breadcrumbs-you-are-here" class="hiddenStructure">คุณอยู่ที่:</span><ol aria-labelledby="breadcrumbs-you-are-here">{crumbs}</ol></div></nav></section></div>
      <div class="container">
        <div class="row"><aside id="global_statusmessage"></aside></div>
        <main id="main-container" class="row row-offcanvas row-offcanvas-right" role="main">
          <div id="column1-container"></div>
          <div class="col-xs-12 col-sm-12 col-md-9">
{content}
          </div>
          <div id="column2-container"><aside id="portal-column-two" class="col-xs-12 col-sm-6 col-md-3" role="complementary"><div class="portletWrapper" id="portletwrapper-706c6f6e652e7269676874636f6c756d6e" data-portlethash="706c6f6e65"><section class="portlet portletNews" role="section"><header class="portletHeader"><a href="{base}/news" class="tile">ข่าว</a></header><ul class="portletContent">{portlet}</ul><footer class="portletFooter"><a href="{base}/news" class="tile">ข่าวทั้งหมด…</a></footer></section></div></aside></div>
        </main>
      </div>
    </div>
    <footer id="portal-footer-wrapper" role="contentinfo"><div class="container" id="portal-footer"><div class="row"><div class="col-xs-12"><div class="portletWrapper"><section class="portlet portletClassic" id="portal-footer-signature"><div class="portletContent">{SITE_NAME} 155 หมู่ 2 ตำบลแม่เหียะ อำเภอเมืองเชียงใหม่ จังหวัดเชียงใหม่ 50100</div></section></div><div class="portletWrapper"><section class="portlet portletClassic" id="portal-colophon"><div class="portletContent">สร้างด้วย <a href="http://plone.com">Plone</a> &amp; <a href="http://python.org">Python</a></div></section></div></div></div></div></footer>
  </body>
</html>
"""

    def crumbs(self, base, last):
        items = [f'<li id="breadcrumbs-home"><a href="{base}">หน้าหลัก</a></li>']
        if last is None:
            items.append(
                '<li id="breadcrumbs-1"><span id="breadcrumbs-current">ข่าวประชาสัมพันธ์</span></li>'
            )
        else:
            items.append(f'<li id="breadcrumbs-1"><a href="{base}/news">ข่าวประชาสัมพันธ์</a></li>')
            items.append(
                f'<li id="breadcrumbs-2"><span id="breadcrumbs-current">{esc(last)}</span></li>'
            )
        return "".join(items)

    # ------------------------------------------------------------ collection
    def listing(self, base, b_start: int):
        if b_start % PER_PAGE or not 0 <= b_start // PER_PAGE < len(self.pages):
            return None
        n = b_start // PER_PAGE
        tiles = []
        for k, a in enumerate(self.pages[n]):
            desc = (
                f'<span class="description">{esc(a.extra["desc"])}</span>'
                if a.extra["desc"]
                else ""
            )
            tiles.append(f"""<article class="tileItem">
  <h2 class="tileHeadline"><a href="{base}{a.path}" class="summary url" title="News Item">{esc(a.title)}</a></h2>
  <div class="tileImage"><a href="{base}{a.path}"><img src="{base}{a.path}/@@images/image/thumb" alt="{esc(a.title)}" title="{esc(a.title)}" class="image-thumb" /></a></div>
  <div class="tileBody">{desc}</div>
  <div class="tileFooter"><a href="{base}{a.path}">อ่านต่อ…</a></div>
  <div class="visualClear"><!-- --></div>
  <div class="documentByLine"><span class="documentPublished">{plone_short(a.published)}</span></div>
</article>""")
            if n == 1 and k == 5:
                tiles.append(f"""<article class="tileItem">
  <h2 class="tileHeadline"><a href="{base}/news/{DELETED_ID}" class="summary url" title="Document">ประกาศผลการคัดเลือกผู้ประกอบการเข้ารับการบ่มเพาะ</a></h2>
  <div class="tileFooter"><a href="{base}/news/{DELETED_ID}">อ่านต่อ…</a></div>
</article>""")
        last = len(self.pages) - 1

        def ph(k):
            return f"{base}/news" if k == 0 else f"{base}/news?b_start:int={k * PER_PAGE}"

        pg = []
        if n > 0:
            pg.append(
                f'<li class="previous"><a href="{ph(n - 1)}"><span class="arrow"></span><span class="label">ก่อนหน้า {PER_PAGE} รายการ</span></a></li>'
            )
        for k in range(last + 1):
            pg.append(
                f'<li class="active"><span>{k + 1}</span></li>'
                if k == n
                else f'<li><a href="{ph(k)}">{k + 1}</a></li>'
            )
        if n < last:
            remaining = min(PER_PAGE, len(self.articles) - (n + 1) * PER_PAGE)
            pg.append(
                f'<li class="next"><a href="{ph(n + 1)}"><span class="label">ถัดไป {remaining} รายการ</span><span class="arrow"></span></a></li>'
            )
        content = f"""<article id="portal-column-content">
<div id="viewlet-above-content-title"></div>
<h1 class="documentFirstHeading">ข่าวประชาสัมพันธ์</h1>
<div id="viewlet-below-content-title"></div>
<div id="content-core">
<div class="entries">
{chr(10).join(tiles)}
</div>
<nav class="pagination"><ul>{"".join(pg)}</ul></nav>
</div>
</article>"""
        return self.html_response(
            self.page(
                base,
                title="ข่าวประชาสัมพันธ์",
                body_cls="template-summary_view portaltype-collection section-news",
                crumbs=self.crumbs(base, None),
                content=content,
            )
        )

    # ------------------------------------------------------------ news item
    def neighbours(self, a):
        i = self.articles.index(a)
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        newer = self.articles[i - 1] if i > 0 else None
        return older, newer

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 6)]

    def item(self, base, a: Article):
        mod = a.modified or a.published
        byline = (
            f'<div class="documentByLine" id="plone-document-byline"><span class="documentAuthor">โดย <a href="{base}/author/pr01">pr01</a></span>'
            f' — <span class="documentPublished"><span>เผยแพร่</span> {plone_long(a.published)}</span>'
            f' — <span class="documentModified"><span>แก้ไขล่าสุด</span> {plone_long(mod)}</span></div>'
        )
        desc = (
            f'<div class="documentDescription description">{esc(a.extra["desc"])}</div>'
            if a.extra["desc"]
            else ""
        )
        text = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.source:
            text += f'\n<p style="text-align: right;"><em>ที่มา : {esc(a.source)}</em></p>'
        cats = (
            '<section id="section-category"><header class="hiddenStructure">หมวดหมู่:</header><span>จัดอยู่ใน:</span><ul>'
            + "".join(
                f'<li><a href="{base}/@@search?Subject%3Alist={esc(t)}" class="link-category" rel="nofollow">{esc(t)}</a></li>'
                for t in a.tags
            )
            + "</ul></section>"
            if a.tags
            else ""
        )
        rel = "".join(
            f'<li><a href="{base}{r.path}" class="contenttype-news-item" title="{esc(r.extra["desc"] or "")}"><span>{esc(r.title)}</span></a></li>'
            for r in self.related(a)
        )
        older, newer = self.neighbours(a)
        nextprev = '<nav class="pagination"><ul>'
        if older:
            nextprev += f'<li class="previous"><a href="{base}{older.path}" title="ไปยังรายการก่อนหน้า"><span class="arrow"></span><span class="label">ก่อนหน้า: {esc(older.title)}</span></a></li>'
        if newer:
            nextprev += f'<li class="next"><a href="{base}{newer.path}" title="ไปยังรายการถัดไป"><span class="label">ถัดไป: {esc(newer.title)}</span><span class="arrow"></span></a></li>'
        nextprev += "</ul></nav>"
        content = f"""<article id="content">
  <header>
    <div id="viewlet-above-content-title"><span id="social-tags-body" style="display: none" itemscope itemtype="http://schema.org/WebPage"><span itemprop="name">{esc(a.title)}</span><span itemprop="url">{base}{a.path}</span></span></div>
    <h1 class="documentFirstHeading">{esc(a.title)}</h1>
    <div id="viewlet-below-content-title">{byline}</div>
    {desc}
  </header>
  <div id="viewlet-above-content-body"></div>
  <div id="content-core">
    <figure class="newsImageContainer">
      <a href="{base}{a.path}/@@images/image/large" class="pat-plone-modal" data-pat-plone-modal="image: true"><img src="{base}{a.path}/@@images/image/preview" alt="{esc(a.title)}" title="{esc(a.title)}" class="newsImage" /><figcaption class="discreet">ภาพข่าว {a.extra["pid"]}</figcaption></a>
    </figure>
    <div id="parent-fieldname-text" class="">
{text}
    </div>
  </div>
  <footer>
    <div id="viewlet-below-content">
      <div class="visualClear"><!-- --></div>
      <div class="documentActions"><span id="document-action-print"><a href="javascript:this.print();" title="">พิมพ์</a></span> <span id="document-action-sendto"><a href="{base}{a.path}/sendto_form" title="">ส่งหน้านี้</a></span></div>
      {cats}
      <nav class="relatedItems"><section id="related-items"><header>เนื้อหาที่เกี่ยวข้อง</header><ul>{rel}</ul></section></nav>
      {nextprev}
    </div>
  </footer>
</article>"""
        head = (
            f'<meta name="DC.date.created" content="{a.published.strftime("%a %b %d %H:%M:%S %Y")} GMT+7" />'
            f'<meta name="DC.date.modified" content="{mod.strftime("%a %b %d %H:%M:%S %Y")} GMT+7" />'
            f'<meta name="DC.type" content="ข่าว" /><meta name="DC.format" content="text/html" />'
            f'<meta name="DC.language" content="th" />'
            + (
                f'<meta name="description" content="{esc(a.extra["desc"])}" />'
                if a.extra["desc"]
                else ""
            )
            + f'<link rel="canonical" href="{base}{a.path}" />'
        )
        return self.html_response(
            self.page(
                base,
                title=a.title,
                body_cls=f"template-newsitem_view portaltype-news-item section-news subsection-{a.extra['pid']}",
                crumbs=self.crumbs(base, a.title),
                content=content,
                head=head,
            )
        )

    def deleted(self, base):
        content = """<article id="content">
  <header><h1 class="documentFirstHeading">ไม่พบข้อมูล</h1></header>
  <div id="content-core"><div id="parent-fieldname-text" class=""></div></div>
</article>"""
        return self.html_response(
            self.page(
                base,
                title="ไม่พบข้อมูล",
                body_cls="template-document_view portaltype-document section-news",
                crumbs=self.crumbs(base, None),
                content=content,
            )
        )

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        p = path.rstrip("/") or "/"
        if p == "/":
            return 302, {"Location": base + "/news"}, b""
        if p == "/news":
            try:
                b = int(qs1(query, "b_start:int", qs1(query, "b_start", "0")) or 0)
            except ValueError:
                return None
            return self.listing(base, b)
        if p.startswith("/news/"):
            pid = p[6:]
            if pid in self.by_pid:
                return self.item(base, self.by_pid[pid])
            if pid == DELETED_ID:
                return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = self.neighbours(a)
            must_not = [
                "เผยแพร่",
                plone_long(a.published),
                "แก้ไขล่าสุด",
                "โดย pr01",
                f"ภาพข่าว {a.extra['pid']}",
                "ส่งหน้านี้",
                "จัดอยู่ใน:",
                "เนื้อหาที่เกี่ยวข้อง",
                "ก่อนหน้า:",
                "ถัดไป:",
                "ข่าวทั้งหมด…",
                "สร้างด้วย",
                "ค้นหาเว็บไซต์",
            ]
            # the Description (a lead in its own field) is neither required nor furniture
            must_not += [x.title for x in (older, newer) if x] + [r.title for r in self.related(a)]
            must_not += [x.title for x in self.articles[:5] if x is not a]
            rec = expected_record(a, published_time=True, must_not=must_not)
            if a.modified is None:
                rec["modified_at"] = rec["published_at"]
            out.append(rec)
        return out


SITE = PloneSite()

if __name__ == "__main__":
    main(SITE)
