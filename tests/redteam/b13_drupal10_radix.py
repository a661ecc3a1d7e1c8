"""Blind-13 red-team site: Drupal 10.2 + a **Radix 5** (Bootstrap 5) sub-theme with
**Paragraphs**, a provincial local-administration office (สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัด),
built blind.

What it imitates:
- nodes at `/node/<nid>`, the Views page `/news` with Radix's Bootstrap grid
  (`views-view-grid` → `row row-cols-1 row-cols-md-3 g-4` of cards) and the **mini pager**
  (`?page=1`, 0-based: "‹‹", "หน้า 2", "››" only, no numbers, no last page);
- `<title>` "headline | สถ.จ.น่าน"; the page-title block `h1.page-title` above the node, under
  the Bootstrap breadcrumb (which ends with the headline);
- the date in a **date-only** `field_news_date` (label "วันที่ข่าว", inline): core's formatter
  prints `<time datetime="2024-02-16T12:00:00Z">` (a date-only field's noon-UTC stamp, not a
  time of publication) around "16 ก.พ. 2024" (`j M Y`, **CE, abbreviated month**) — so every
  published date is a date only;
- "ปรับปรุงล่าสุด: ศ. 23/02/2024 - 14:05" (an extra field from `changed`, `D d/m/Y - H:i`) only on
  nodes edited after publication;
- `field_paragraphs` holding: a text paragraph, an image paragraph with its caption
  ("ภาพประกอบ : …"), a second text paragraph, a gallery paragraph "ภาพกิจกรรม (8 ภาพ)" with
  thumbnails, a last text paragraph ending for some in "**ข่าว/ภาพ :** <office>", and a files
  paragraph "เอกสารประกอบ" (PDF with size);
- inside `node__content` after the paragraphs: Better Social Sharing Buttons "แบ่งปัน", the tags
  field "แท็ก", node links "เข้าชม 1234 ครั้ง" (statistics) and "พิมพ์" (printable);
- a "ข่าวที่เกี่ยวข้อง" Views block in the sidebar (titles + dates), the font-size tool
  "ก- ก ก+" in the header, EU Cookie Compliance banner, a footer with the visitor counter;
- the unpublished node, linked from page 2, answers 200 with the themed "ไม่พบหน้าที่ร้องขอ"
  page (site_404 pointing to a basic page).
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b13_common import B9Site, build, ce_abbr, hm, record

OFFICE = "สำนักงานส่งเสริมการปกครองท้องถิ่นจังหวัดน่าน"
SHORT = "สถ.จ.น่าน"
SOURCES = [None, "กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น สถ.จ.น่าน", None, "ฝ่ายบริหารงานทั่วไป สถ.จ.น่าน", None]
DELETED = "/node/1187"
WD_ABBR = ["จ.", "อ.", "พ.", "พฤ.", "ศ.", "ส.", "อา."]


def changed_fmt(d: dt.datetime) -> str:
    return f"{WD_ABBR[d.weekday()]} {d.day:02d}/{d.month:02d}/{d.year} - {hm(d)}"


class RadixSite(B9Site):
    key = "b13_drupal10_radix"
    family = "drupal"
    imitates = "Drupal 10 + Radix 5 (Bootstrap 5) sub-theme + Paragraphs: /node/N, Views grid /news with the mini pager (?page=N, 0-based, next/prev only), h1.page-title, date-only field <time datetime='…T12:00:00Z'>16 ก.พ. 2024</time> (CE), 'ปรับปรุงล่าสุด' only on edited nodes, text/image/gallery/files paragraphs, 'ข่าว/ภาพ :' for some, share/tags/'เข้าชม N ครั้ง'/print inside node__content; unpublished node = themed 'ไม่พบหน้าที่ร้องขอ' (200)"
    listing_path = "/news"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 24, 14, SOURCES, dt.datetime(2024, 3, 28, 16, 0), first_id=1140, step=2
        )
        for a in self.articles:
            a.path = f"/node/{a.id}"
            # edited "after publication" only when the edit is at least a day later
            if a.modified and (a.modified - a.published) < dt.timedelta(days=1):
                a.modified = None
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?page={k}"

    def deleted_paths(self):
        return [DELETED]

    def extra_route(self, key, query):
        # the mini pager's "previous" link from page 2 is "?page=0"
        if key == "/news?page=0":
            return self.html_response(self.listing(0))
        return None

    def shell(self, title, main_html, crumbs, sidebar=""):
        side = f'<aside class="col-lg-4 region region-sidebar">{sidebar}</aside>' if sidebar else ""
        width = "col-lg-8" if sidebar else "col-12"
        return f"""<!DOCTYPE html>
<html lang="th" dir="ltr">
  <head>
    <meta charset="utf-8" />
    <meta name="Generator" content="Drupal 10 (https://www.drupal.org)" />
    <meta name="MobileOptimized" content="width" />
    <meta name="HandheldFriendly" content="true" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <link rel="icon" href="/themes/custom/nan_radix/favicon.ico" type="image/vnd.microsoft.icon" />
    <title>{esc(title)}</title>
    <link rel="stylesheet" media="all" href="/sites/default/files/css/css_Yk2b0qk.css?delta=0&amp;language=th&amp;theme=nan_radix&amp;include=eJxLy" />
  </head>
  <body class="path-node page-node-type-news">
    <a href="#main-content" class="visually-hidden-focusable">ข้ามไปยังเนื้อหาหลัก</a>
    <div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div class="page">
  <header class="page__header">
    <div class="bg-primary text-white small py-1"><div class="container d-flex justify-content-between"><span>{OFFICE}</span><div class="font-size-tool" aria-label="ขนาดตัวอักษร"><button type="button" class="btn btn-sm btn-link text-white" data-fs="-1">ก-</button><button type="button" class="btn btn-sm btn-link text-white" data-fs="0">ก</button><button type="button" class="btn btn-sm btn-link text-white" data-fs="1">ก+</button></div></div></div>
    <nav class="navbar navbar-expand-lg navbar-light bg-light">
      <div class="container">
        <div id="block-nan-radix-branding" class="block block-system block-system-branding-block"><a href="/" rel="home" class="navbar-brand"><img src="/themes/custom/nan_radix/logo.svg" alt="หน้าแรก" class="me-2" />{SHORT}</a></div>
        <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#navbarNav" aria-controls="navbarNav" aria-expanded="false" aria-label="Toggle navigation"><span class="navbar-toggler-icon"></span></button>
        <div class="collapse navbar-collapse" id="navbarNav">
          <nav role="navigation" aria-labelledby="block-nan-radix-main-menu-menu" id="block-nan-radix-main-menu" class="block block-menu navigation menu--main"><h2 class="visually-hidden" id="block-nan-radix-main-menu-menu">Main navigation</h2>
            <ul class="nav navbar-nav"><li class="nav-item"><a href="/" class="nav-link">หน้าแรก</a></li><li class="nav-item"><a href="/about" class="nav-link">ข้อมูลหน่วยงาน</a></li><li class="nav-item"><a href="/news" class="nav-link active is-active">ข่าวประชาสัมพันธ์</a></li><li class="nav-item"><a href="/local-gov" class="nav-link">องค์กรปกครองส่วนท้องถิ่น</a></li><li class="nav-item"><a href="/contact" class="nav-link">ติดต่อเรา</a></li></ul>
          </nav>
        </div>
      </div>
    </nav>
  </header>
  <main class="pt-4 pb-5">
    <a id="main-content" tabindex="-1"></a>
    <div class="page__content container">
      <div class="region region-breadcrumb"><div id="block-nan-radix-breadcrumbs" class="block block-system block-system-breadcrumb-block">
  <nav aria-label="breadcrumb"><h2 id="system-breadcrumb" class="visually-hidden">Breadcrumb</h2><ol class="breadcrumb">{crumbs}</ol></nav>
</div></div>
      <div class="row">
        <div class="{width} region region-content">
          <div data-drupal-messages-fallback class="hidden"></div>
{main_html}
        </div>
        {side}
      </div>
    </div>
  </main>
  <footer class="page__footer bg-dark text-light py-4">
    <div class="container"><div class="row">
      <div class="col-md-8"><div id="block-nan-radix-footer-address" class="block block-block-content"><p>{OFFICE}<br>ศาลากลางจังหวัดน่าน ถนนสุริยพงษ์ ตำบลในเวียง อำเภอเมืองน่าน จังหวัดน่าน 55000 โทร. 0-5471-0229</p></div></div>
      <div class="col-md-4"><div id="block-nan-radix-counter" class="block block-block-content"><h2 class="h6">สถิติผู้เข้าชมเว็บไซต์</h2><p>วันนี้ 87 | เดือนนี้ 2,341 | ทั้งหมด 318,226</p></div></div>
    </div></div>
  </footer>
</div>
    </div>
    <div class="eu-cookie-compliance-banner eu-cookie-compliance-banner-info" role="alertdialog" aria-labelledby="popup-text"><div class="popup-content info eu-cookie-compliance-content"><div id="popup-text" class="eu-cookie-compliance-message"><p>เราใช้คุกกี้บนเว็บไซต์นี้เพื่อเพิ่มประสบการณ์ของผู้ใช้</p></div><div id="popup-buttons" class="eu-cookie-compliance-buttons"><button type="button" class="agree-button eu-cookie-compliance-default-button">ตกลง</button><button type="button" class="decline-button eu-cookie-compliance-default-button">ไม่, ขอบคุณ</button></div></div></div>
    <script src="/sites/default/files/js/js_q3mVhD.js?scope=footer&amp;delta=0&amp;language=th&amp;theme=nan_radix"></script>
  </body>
</html>"""

    def time_el(self, d):
        return f'<time datetime="{d.date().isoformat()}T12:00:00Z" class="datetime">{ce_abbr(d)}</time>'

    def listing(self, k):
        cards = []
        for j, a in enumerate(self.pages[k]):
            cards.append(self.card(a.path, a.title, a.published, a.id))
            if k == 1 and j == 4:
                cards.append(
                    self.card(
                        DELETED,
                        "ประชาสัมพันธ์การรับสมัครสอบคัดเลือกพนักงานส่วนท้องถิ่น (ฉบับแก้ไข)",
                        dt.datetime(2024, 1, 19),
                        1187,
                    )
                )
        pager = []
        if k:
            pager.append(
                f'<li class="page-item pager__item--previous"><a href="?page={k - 1}" title="ไปหน้าก่อน" rel="prev" class="page-link"><span class="visually-hidden">หน้าก่อน</span><span aria-hidden="true">‹‹</span></a></li>'
            )
        pager.append(
            f'<li class="page-item active"><span class="page-link">หน้า {k + 1}</span></li>'
        )
        if k < len(self.pages) - 1:
            pager.append(
                f'<li class="page-item pager__item--next"><a href="?page={k + 1}" title="ไปหน้าถัดไป" rel="next" class="page-link"><span class="visually-hidden">หน้าถัดไป</span><span aria-hidden="true">››</span></a></li>'
            )
        main_html = f"""<div id="block-nan-radix-page-title" class="block block-core block-page-title-block"><h1 class="page-title">ข่าวประชาสัมพันธ์</h1></div>
<div id="block-nan-radix-content" class="block block-system block-system-main-block">
<div class="views-element-container"><div class="view view-news view-id-news view-display-id-page_1 js-view-dom-id-5c1a7e0b">
  <div class="view-content">
    <div class="views-view-grid horizontal cols-3 clearfix"><div class="row row-cols-1 row-cols-md-3 g-4">{"".join(cards)}</div></div>
  </div>
  <nav class="pager" role="navigation" aria-labelledby="pagination-heading"><h4 id="pagination-heading" class="visually-hidden">การแบ่งหน้า</h4><ul class="pagination js-pager__items">{"".join(pager)}</ul></nav>
</div></div>
</div>"""
        crumbs = '<li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item active" aria-current="page">ข่าวประชาสัมพันธ์</li>'
        return self.shell(f"ข่าวประชาสัมพันธ์ | {SHORT}", main_html, crumbs)

    def card(self, path, title, d, nid):
        return f"""<div class="col views-col"><div class="card h-100 node node--type-news node--view-mode-teaser">
<img loading="lazy" src="/sites/default/files/styles/card_4_3/public/news/{nid}.jpg?itok=Qm1x" width="600" height="450" alt="" class="card-img-top img-fluid" />
<div class="card-body"><div class="views-field views-field-field-news-date"><div class="field-content">{self.time_el(d)}</div></div>
<h5 class="card-title views-field views-field-title"><span class="field-content"><a href="{path}" hreflang="th">{esc(title)}</a></span></h5></div></div></div>"""

    def detail(self, a):
        p = a.paras

        def text(ps):
            return f'<div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">{"".join(f"<p>{esc(x)}</p>" for x in ps)}</div></div>'

        last = list(p[4:]) if len(p) > 4 else list(p[3:])
        first, second = p[:2], p[2 : len(p) - len(last)]
        last_html = "".join(f"<p>{esc(x)}</p>" for x in last)
        if a.source:
            last_html += f"<p><strong>ข่าว/ภาพ :</strong> {esc(a.source)}</p>"
        thumbs = "".join(
            f'<a href="/sites/default/files/gallery/{a.id}-{i}.jpg" class="col-3"><img src="/sites/default/files/styles/thumbnail/public/gallery/{a.id}-{i}.jpg" alt="" class="img-fluid" /></a>'
            for i in range(1, 9)
        )
        paras = f"""<div class="field field--name-field-paragraphs field--type-entity-reference-revisions field--label-hidden field__items">
<div class="field__item">{text(first)}</div>
<div class="field__item"><div class="paragraph paragraph--type--image paragraph--view-mode--default"><figure class="figure"><img loading="lazy" src="/sites/default/files/styles/wide/public/news/{a.id}.jpg" width="1200" height="675" alt="" class="figure-img img-fluid" /><figcaption class="figure-caption field field--name-field-caption">ภาพประกอบ : กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น</figcaption></figure></div></div>
<div class="field__item">{text(second)}</div>
<div class="field__item"><div class="paragraph paragraph--type--gallery paragraph--view-mode--default"><h3 class="paragraph__title">ภาพกิจกรรม (8 ภาพ)</h3><div class="row g-2">{thumbs}</div></div></div>
<div class="field__item"><div class="paragraph paragraph--type--text paragraph--view-mode--default"><div class="clearfix text-formatted field field--name-field-text field--type-text-long field--label-hidden field__item">{last_html}</div></div></div>
<div class="field__item"><div class="paragraph paragraph--type--files paragraph--view-mode--default"><h3 class="paragraph__title">เอกสารประกอบ</h3><span class="file file--mime-application-pdf file--application-pdf"><a href="/sites/default/files/docs/{a.id}.pdf" type="application/pdf">หนังสือสั่งการ-{a.id}.pdf</a></span> <span class="file-size">(245.3 KB)</span></div></div>
</div>"""
        changed = ""
        if a.modified:
            changed = f'<div class="node__changed text-muted small">ปรับปรุงล่าสุด: {changed_fmt(a.modified)}</div>'
        tags = ""
        if a.tags:
            tags = (
                '<div class="field field--name-field-tags field--type-entity-reference field--label-inline clearfix"><div class="field__label">แท็ก</div><div class="field__items">'
                + "".join(
                    f'<div class="field__item"><a href="/taxonomy/term/{30 + i}" hreflang="th" class="badge bg-secondary">{esc(t)}</a></div>'
                    for i, t in enumerate(a.tags)
                )
                + "</div></div>"
            )
        main_html = f"""<div id="block-nan-radix-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{esc(a.title)}</span></h1></div>
<div id="block-nan-radix-content" class="block block-system block-system-main-block">
<article data-history-node-id="{a.id}" class="node node--type-news node--promoted node--view-mode-full">
  <div class="node__content">
    <div class="field field--name-field-news-date field--type-datetime field--label-inline clearfix"><div class="field__label">วันที่ข่าว</div><div class="field__item">{self.time_el(a.published)}</div></div>
    {changed}
    {paras}
    <div class="social-sharing-buttons"><span class="social-sharing-buttons__label">แบ่งปัน</span><a href="https://www.facebook.com/sharer/sharer.php?u=/node/{a.id}" target="_blank" title="Facebook" aria-label="Facebook" class="social-sharing-buttons__button share-facebook" rel="noopener"><svg width="26px" height="26px"><use href="/modules/contrib/better_social_sharing_buttons/assets/dist/sprites/social-icons--no-color.svg#facebook"></use></svg></a><a href="https://social-plugins.line.me/lineit/share?url=/node/{a.id}" target="_blank" title="Line" aria-label="Line" class="social-sharing-buttons__button" rel="noopener"><svg width="26px" height="26px"><use href="#line"></use></svg></a><a href="#" class="social-sharing-buttons__button btn-copy" title="คัดลอกลิงก์">คัดลอกลิงก์</a></div>
    {tags}
    <ul class="links inline list-inline"><li class="list-inline-item statistics-counter">เข้าชม {a.views} ครั้ง</li><li class="list-inline-item print-html"><a href="/node/{a.id}/printable/print" class="print-page" rel="nofollow">พิมพ์</a></li></ul>
  </div>
</article>
</div>"""
        related = [x for x in self.articles if x is not a][:5]
        rel = "".join(
            f'<div class="views-row mb-2"><div class="views-field views-field-title"><span class="field-content"><a href="{x.path}" hreflang="th">{esc(x.title)}</a></span></div><div class="views-field views-field-field-news-date small text-muted"><div class="field-content">{self.time_el(x.published)}</div></div></div>'
            for x in related
        )
        sidebar = f'<div class="views-element-container block block-views block-views-blocknews-related-block-1" id="block-nan-radix-views-block-news-related"><h2 class="h5 block-title">ข่าวที่เกี่ยวข้อง</h2><div class="view view-news-related"><div class="view-content">{rel}</div></div></div>'
        crumbs = f'<li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item"><a href="/news">ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active" aria-current="page">{esc(a.title)}</li>'
        return self.shell(f"{a.title} | {SHORT}", main_html, crumbs, sidebar)

    def deleted(self):
        main_html = """<div id="block-nan-radix-page-title" class="block block-core block-page-title-block"><h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">ไม่พบหน้าที่ร้องขอ</span></h1></div>
<div id="block-nan-radix-content" class="block block-system block-system-main-block"><article data-history-node-id="12" class="node node--type-page node--view-mode-full"><div class="node__content"><div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item"><p>ไม่พบข้อมูลที่ท่านต้องการ หน้านี้อาจถูกย้ายหรือยกเลิกการเผยแพร่แล้ว</p><p><a href="/news">กลับไปหน้าข่าวประชาสัมพันธ์</a></p></div></div></article></div>"""
        crumbs = '<li class="breadcrumb-item"><a href="/">หน้าแรก</a></li><li class="breadcrumb-item active" aria-current="page">ไม่พบหน้าที่ร้องขอ</li>'
        return self.shell(f"ไม่พบหน้าที่ร้องขอ | {SHORT}", main_html, crumbs)

    def expected(self):
        out = []
        for a in self.articles:
            related = [x for x in self.articles if x is not a][:5]
            must_not = [
                "ภาพประกอบ : กลุ่มงานส่งเสริมและพัฒนาท้องถิ่น",
                "ภาพกิจกรรม (8 ภาพ)",
                "เอกสารประกอบ",
                f"หนังสือสั่งการ-{a.id}.pdf",
                "(245.3 KB)",
                "แบ่งปัน",
                "คัดลอกลิงก์",
                f"เข้าชม {a.views} ครั้ง",
                "ปรับปรุงล่าสุด:",
                "ข่าวที่เกี่ยวข้อง",
                related[0].title,
                related[-1].title,
                "เราใช้คุกกี้บนเว็บไซต์นี้",
                "ทั้งหมด 318,226",
                "วันที่ข่าว",
            ]
            out.append(record(self, a, must_not, published_time=False))
        return out


SITE = RadixSite()

if __name__ == "__main__":
    main(SITE)
