"""Blind-3 red-team site: an agency on Drupal 11 with a Bootstrap 5 contrib theme, a
paragraphs-based body and the date in a labelled field (built blind).

What it imitates (facts about Drupal 10/11 printed markup, not its code):
- language prefix and pathauto aliases `/th/news/2024/01/N`, a Views page `/th/news` with
  the *mini* pager (`?page=N`, 0-based; only "‹‹" / "หน้า 2" / "››", no page numbers,
  query-only hrefs);
- the page title block `h1.page-title > span.field--name-title` outside the node, Easy
  Breadcrumb ending with the headline;
- `article.node--type-news.node--view-mode-full` with no "submitted" line: the date is a
  date-only datetime field `field--name-field-announce-date` labelled "วันที่ประกาศ" (inline),
  printed with Thai day and month names but a Christian-era year (Drupal formats cannot add
  543), `วันจันทร์ที่ 15 มกราคม 2024`, and Drupal's date-only `<time datetime="...T12:00:00Z">`
  (a fixed noon UTC, not a time of publication: expected `published_at` is the date only);
- the body is an entity-reference-revisions field `field--name-field-content`: several
  `paragraph--type--text` items with an image paragraph (caption "ภาพประกอบ: ...") between
  them, a YouTube embed paragraph and a files paragraph (attachment name and size);
- `field--name-field-source` labelled "ที่มา", `field--name-field-tags` "คำสำคัญ", an AddToAny
  kit ("แชร์") inside the node, a related Views block "ข่าวที่เกี่ยวข้อง" and a
  "ข่าวยอดนิยม" block in the content region, no counter and no modified date;
- the deleted item answers 200 with the template, title "ไม่พบข้อมูล".
"""

from __future__ import annotations

import datetime as dt

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
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

SITE_NAME = "สำนักงานคณะกรรมการส่งเสริมการลงทุน"
PER_PAGE = 10
DELETED_NID = 9001
SOURCES = ["กองประชาสัมพันธ์และสื่อสารองค์กร", None, "สำนักงานเศรษฐกิจการลงทุนภาคเหนือ"]


def build() -> list[Article]:
    arts = make_articles(
        "b3_drupal11_paragraphs", 24, start=dt.datetime(2024, 9, 20, 17, 0, tzinfo=TZ), offset=20
    )
    for i, a in enumerate(arts):
        a.id = 8760 - i * 6 - (i % 5)
        a.time_printed = False
        a.modified = None
        a.views = None
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.path = f"/th/news/{a.published.year}/{a.published.month:02d}/{a.id}"
    return arts


def d11_date(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {d.year}"


def teaser_date(d: dt.datetime) -> str:
    return f"{d.day:02d}/{d.month:02d}/{d.year}"


def noon_z(d: dt.datetime) -> str:
    return f"{d.date().isoformat()}T12:00:00Z"


class Drupal11Site(BaseSite):
    key = "b3_drupal11_paragraphs"
    family = "drupal"
    imitates = "Drupal 11 + Bootstrap 5 theme, paragraphs body, date-only field 'วันที่ประกาศ', Views mini pager"
    listing_path = "/th/news"

    def __init__(self):
        self.articles = build()
        self.by_path = {a.path: a for a in self.articles}
        self.pages = paginate(self.articles, PER_PAGE)

    def listing_pages(self):
        return ["/th/news"] + [f"/th/news?page={n}" for n in range(1, len(self.pages))]

    def deleted_paths(self):
        return [f"/th/news/2024/06/{DELETED_NID}"]

    # ------------------------------------------------------------ html.html.twig + page
    def page(self, *, title_tag, h1, content, crumbs, body_cls, head="") -> str:
        popular = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{x.path}" hreflang="th">{esc(x.title)}</a></span></div></div>'
            for x in self.articles[3:7]
        )
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr" class="h-100">
  <head>
    <meta charset="utf-8" />
<meta name="Generator" content="Drupal 11 (https://www.drupal.org)" />
<meta name="MobileOptimized" content="width" />
<meta name="HandheldFriendly" content="true" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{head}
<link rel="icon" href="/themes/custom/boi_b5/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{esc(title_tag)}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xq2v1k.css?delta=0&amp;language=th&amp;theme=boi_b5&amp;include=eJxLyk" />
    <script type="application/json" data-drupal-selector="drupal-settings-json">{{"path":{{"baseUrl":"\\/","pathPrefix":"th\\/","currentPath":"node","currentLanguage":"th"}},"pluralDelimiter":"\\u0003","user":{{"uid":0,"permissionsHash":"e3b0c4"}}}}</script>
  </head>
  <body class="{body_cls} path-node d-flex flex-column h-100">
        <a href="#main-content" class="visually-hidden-focusable">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas d-flex flex-column h-100" data-off-canvas-main-canvas>
<header>
  <nav class="navbar navbar-expand-lg navbar-dark text-dark bg-primary">
    <div class="container d-flex">
      <div class="region region-nav-branding">
        <div id="block-boi-b5-branding" class="block block-system block-system-branding-block">
  <div class="navbar-brand d-flex align-items-center">
    <a href="/th" title="หน้าหลัก" rel="home" class="site-logo d-block"><img src="/themes/custom/boi_b5/logo.svg" alt="หน้าหลัก" fetchpriority="high" /></a>
    <div><a href="/th" title="หน้าหลัก" rel="home" class="site-title">{SITE_NAME}</a></div>
  </div>
</div>
      </div>
      <div class="collapse navbar-collapse justify-content-md-end" id="navbarSupportedContent">
        <div class="region region-nav-main">
<nav role="navigation" aria-labelledby="block-boi-b5-main-navigation-menu" id="block-boi-b5-main-navigation" class="block block-menu navigation menu--main">
  <h2 class="visually-hidden" id="block-boi-b5-main-navigation-menu">Main navigation</h2>
  <ul data-block="nav_main" class="navbar-nav justify-content-end flex-wrap nav-level-0">
    <li class="nav-item"><a href="/th" class="nav-link" data-drupal-link-system-path="&lt;front&gt;">หน้าหลัก</a></li>
    <li class="nav-item active"><a href="/th/news" class="nav-link active" data-drupal-link-system-path="news">ข่าวประชาสัมพันธ์</a></li>
    <li class="nav-item"><a href="/th/investment-promotion" class="nav-link">การส่งเสริมการลงทุน</a></li>
    <li class="nav-item"><a href="/th/contact" class="nav-link">ติดต่อเรา</a></li>
  </ul>
</nav>
        </div>
      </div>
    </div>
  </nav>
</header>
<main role="main">
  <a id="main-content" tabindex="-1"></a>
  <div class="container">
      <div class="region region-breadcrumb">
<div id="block-boi-b5-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  {crumbs}
</div>
      </div>
    <div class="row g-0">
      <div class="order-1 order-lg-2 col-12">
          <div class="region region-content">
    <div data-drupal-messages-fallback class="hidden"></div>
<div id="block-boi-b5-page-title" class="block block-core block-page-title-block">
  <h1 class="title page-title">{h1}</h1>
</div>
{content}
<div class="views-element-container block block-views block-views-blockpopular-news-block-1" id="block-boi-b5-views-block-popular-news-block-1">
  <h2 class="block-title">ข่าวยอดนิยม</h2>
  <div><div class="view view-popular-news view-id-popular_news view-display-id-block_1"><div class="view-content">{popular}</div></div></div>
</div>
          </div>
      </div>
    </div>
  </div>
</main>
<footer class="mt-auto footer-dark text-light bg-dark">
  <div class="container">
      <div class="region region-footer">
<div id="block-boi-b5-footer-contact" class="block block-block-content">
  <div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>{SITE_NAME} 555 ถนนวิภาวดีรังสิต แขวงจตุจักร เขตจตุจักร กรุงเทพฯ 10900 โทร. 0 2553 8111</p><p>นโยบายเว็บไซต์ | นโยบายการคุ้มครองข้อมูลส่วนบุคคล</p></div>
</div>
      </div>
  </div>
</footer>
    </div>
    <script src="/sites/default/files/js/js_A1b2C3.js?scope=footer&amp;delta=0&amp;language=th&amp;theme=boi_b5"></script>
  </body>
</html>
"""

    def crumbs(self, last: str | None) -> str:
        items = ['<li class="breadcrumb-item"><a href="/th">หน้าหลัก</a></li>']
        if last is None:
            items.append('<li class="breadcrumb-item active">ข่าวประชาสัมพันธ์</li>')
        else:
            items.append('<li class="breadcrumb-item"><a href="/th/news">ข่าวประชาสัมพันธ์</a></li>')
            items.append(f'<li class="breadcrumb-item active">{esc(last)}</li>')
        return f'<nav role="navigation" aria-labelledby="system-breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb">{"".join(items)}</ol></nav>'

    def date_field(self, a: Article) -> str:
        return f"""<div class="field field--name-field-announce-date field--type-datetime field--label-inline clearfix">
    <div class="field__label">วันที่ประกาศ</div>
              <div class="field__item"><time datetime="{noon_z(a.published)}" class="datetime">{d11_date(a.published)}</time>
</div>
          </div>"""

    # ------------------------------------------------------------ views page
    def listing(self, n: int):
        if not 0 <= n < len(self.pages):
            return None
        rows = []
        for k, a in enumerate(self.pages[n]):
            rows.append(f"""    <div class="views-row"><article data-history-node-id="{a.id}" class="node node--type-news node--promoted node--view-mode-teaser">
  <h2 class="node__title"><a href="{a.path}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></a></h2>
  <div class="node__content">
  <div class="field field--name-field-thumbnail field--type-image field--label-hidden field__item"><a href="{a.path}" hreflang="th"><img loading="lazy" src="/sites/default/files/styles/thumbnail/public/{a.published.year}-{a.published.month:02d}/news{a.id}.jpg?itok=Qz1x" width="100" height="67" alt="" class="image-style-thumbnail" /></a></div>
  <div class="field field--name-field-announce-date field--type-datetime field--label-hidden field__item"><time datetime="{noon_z(a.published)}" class="datetime">{teaser_date(a.published)}</time></div>
  <ul class="links inline list-inline"><li class="node-readmore"><a href="{a.path}" rel="tag" title="{esc(a.title)}" hreflang="th">อ่านต่อ<span class="visually-hidden"> เกี่ยวกับ {esc(a.title)}</span></a></li></ul>
  </div>
</article></div>""")
            if n == 1 and k == 6:
                rows.append(f"""    <div class="views-row"><article data-history-node-id="{DELETED_NID}" class="node node--type-news node--view-mode-teaser">
  <h2 class="node__title"><a href="{self.deleted_paths()[0]}" rel="bookmark"><span class="field field--name-title field--type-string field--label-hidden">ประกาศผลการพิจารณาอนุมัติให้การส่งเสริมการลงทุน</span></a></h2>
</article></div>""")
        pager = []
        if n > 0:
            pager.append(
                f'<li class="pager__item pager__item--previous"><a href="?page={n - 1}" title="ไปหน้าก่อนหน้า" rel="prev"><span class="visually-hidden">หน้าก่อนหน้า</span><span aria-hidden="true">‹‹</span></a></li>'
            )
        pager.append(f'<li class="pager__item is-active">หน้า {n + 1}</li>')
        if n < len(self.pages) - 1:
            pager.append(
                f'<li class="pager__item pager__item--next"><a href="?page={n + 1}" title="ไปหน้าถัดไป" rel="next"><span class="visually-hidden">หน้าถัดไป</span><span aria-hidden="true">››</span></a></li>'
            )
        content = f"""<div id="block-boi-b5-content" class="block block-system block-system-main-block">
  <div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-7c2a0f">
      <div class="view-content">
{chr(10).join(rows)}
    </div>
        <nav class="pager" role="navigation" aria-labelledby="pagination-heading">
    <h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4>
    <ul class="pager__items js-pager__items">
      {"".join(pager)}
    </ul>
  </nav>
  </div></div>
</div>"""
        return self.html_response(
            self.page(
                title_tag=f"ข่าวประชาสัมพันธ์ | {SITE_NAME}",
                h1="ข่าวประชาสัมพันธ์",
                content=content,
                crumbs=self.crumbs(None),
                body_cls="path-news",
            )
        )

    # ------------------------------------------------------------ node
    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 5, 9)]

    def node(self, a: Article):
        cut = 2 if len(a.paras) > 3 else 1
        text1 = "".join(f"<p>{esc(p)}</p>" for p in a.paras[:cut])
        text2 = "".join(f"<p>{esc(p)}</p>" for p in a.paras[cut:])
        caption = f"ภาพประกอบ: กิจกรรมของ{SITE_NAME}"
        item = lambda inner: f'<div class="field__item">{inner}</div>'  # noqa: E731
        paragraphs = [
            item(
                f'<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">{text1}</div></div>'
            ),
            item(
                f'<div class="paragraph paragraph--type--image paragraph--view-mode--default"><div class="field field--name-field-image field--type-image field--label-hidden field__item"><img loading="lazy" src="/sites/default/files/{a.published.year}-{a.published.month:02d}/news{a.id}-1.jpg" width="1200" height="800" alt="{esc(a.title[:60])}" /></div><div class="field field--name-field-caption field--type-string field--label-hidden field__item">{caption}</div></div>'
            ),
            item(
                f'<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">{text2}</div></div>'
            ),
        ]
        if a.id % 2 == 0:
            paragraphs.append(
                item(
                    f'<div class="paragraph paragraph--type--video paragraph--view-mode--default"><div class="field field--name-field-video field--type-video-embed-field field--label-hidden field__item"><div class="video-embed-field-provider-youtube video-embed-field-responsive-video"><iframe width="854" height="480" frameborder="0" allowfullscreen="allowfullscreen" title="วิดีโอประกอบข่าว" src="https://www.youtube.com/embed/dQw{a.id}?autoplay=0&amp;start=0&amp;rel=0"></iframe></div></div></div>'
                )
            )
        paragraphs.append(
            item(
                f'<div class="paragraph paragraph--type--files paragraph--view-mode--default"><div class="field field--name-field-files field--type-file field--label-above"><div class="field__label">เอกสารประกอบ</div><div class="field__items"><div class="field__item"><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/{a.published.year}-{a.published.month:02d}/press-{a.id}.pdf" type="application/pdf" title="press-{a.id}.pdf">ข่าวแจก-{a.id}.pdf</a></span><span class="file-size"> (245.3 KB)</span></div></div></div></div>'
            )
        )
        source = (
            f'<div class="field field--name-field-source field--type-string field--label-inline clearfix"><div class="field__label">ที่มา</div><div class="field__item">{esc(a.source)}</div></div>'
            if a.source
            else ""
        )
        tags = (
            '<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">คำสำคัญ</div><div class="field__items">'
            + "".join(
                f'<div class="field__item"><a href="/th/taxonomy/term/{30 + k}" hreflang="th">{esc(t)}</a></div>'
                for k, t in enumerate(a.tags)
            )
            + "</div></div>"
            if a.tags
            else ""
        )
        share = f'<span class="a2a_kit a2a_kit_size_32 addtoany_list" data-a2a-url="{a.path}" data-a2a-title="{esc(a.title)}"><a class="a2a_button_facebook"></a><a class="a2a_button_x"></a><a class="a2a_button_line"></a><a class="a2a_dd addtoany_share" href="https://www.addtoany.com/share#url={a.path}">แชร์</a></span>'
        rel = "".join(
            f'<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{r.path}" hreflang="th">{esc(r.title)}</a></span></div><div class="views-field views-field-field-announce-date"><div class="field-content"><time datetime="{noon_z(r.published)}" class="datetime">{teaser_date(r.published)}</time></div></div></div>'
            for r in self.related(a)
        )
        content = f"""<div id="block-boi-b5-content" class="block block-system block-system-main-block">
<article data-history-node-id="{a.id}" class="node node--type-news node--promoted node--view-mode-full">
  <div class="node__content">
    {self.date_field(a)}
  <div class="field field--name-field-content field--type-entity-reference-revisions field--label-hidden field__items">
      {"".join(paragraphs)}
  </div>
  {source}
  {tags}
  <div class="addtoany-wrapper">{share}</div>
  </div>
</article>
</div>
<div class="views-element-container block block-views block-views-blockrelated-news-block-1" id="block-boi-b5-views-block-related-news-block-1">
  <h2 class="block-title">ข่าวที่เกี่ยวข้อง</h2>
  <div><div class="view view-related-news view-id-related_news view-display-id-block_1"><div class="view-content">{rel}</div></div></div>
</div>"""
        head = (
            f'<link rel="canonical" href="{a.path}" />\n<link rel="shortlink" href="/th/node/{a.id}" />\n'
            f'<meta property="og:site_name" content="{SITE_NAME}" />\n<meta property="og:type" content="article" />\n'
            f'<meta property="og:title" content="{esc(a.title)}" />'
        )
        return self.html_response(
            self.page(
                title_tag=f"{a.title} | {SITE_NAME}",
                h1=f'<span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span>',
                content=content,
                crumbs=self.crumbs(a.title),
                body_cls=f"page-node-{a.id} page-node-type-news",
                head=head,
            )
        )

    def deleted(self):
        content = """<div id="block-boi-b5-content" class="block block-system block-system-main-block">
<article class="node node--type-page node--view-mode-full"><div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>ไม่พบข้อมูลที่ท่านต้องการ หรือข้อมูลอาจถูกย้ายไปแล้ว</p></div></div></article>
</div>"""
        return self.html_response(
            self.page(
                title_tag=f"ไม่พบข้อมูล | {SITE_NAME}",
                h1='<span class="field field--name-title field--type-string field--label-hidden">ไม่พบข้อมูล</span>',
                content=content,
                crumbs=self.crumbs(None),
                body_cls="page-node-12 page-node-type-page",
            )
        )

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        p = path.rstrip("/") or "/"
        if p in ("/", "/th"):
            return 302, {"Location": base + "/th/news"}, b""
        if p == "/th/news":
            try:
                n = int(qs1(query, "page", "0") or 0)
            except ValueError:
                return None
            return self.listing(n)
        if p in self.by_path:
            return self.node(self.by_path[p])
        if p == self.deleted_paths()[0]:
            return self.deleted()
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = (
                [
                    "วันที่ประกาศ",
                    d11_date(a.published),
                    f"ภาพประกอบ: กิจกรรมของ{SITE_NAME}",
                    "เอกสารประกอบ",
                    f"ข่าวแจก-{a.id}.pdf",
                    "245.3 KB",
                    "คำสำคัญ",
                    "แชร์",
                    "ข่าวที่เกี่ยวข้อง",
                    "ข่าวยอดนิยม",
                    "นโยบายเว็บไซต์",
                ]
                + [r.title for r in self.related(a)]
                + [x.title for x in self.articles[3:7] if x is not a]
            )
            out.append(expected_record(a, published_time=False, must_not=must_not))
        return out


SITE = Drupal11Site()

if __name__ == "__main__":
    main(SITE)
