"""Blind-15 red-team site: a **Sitecore 10 SXA** ministry portal (กระทรวงพาณิชย์), built blind.

What it imitates:
- SXA's markup: every rendering a `div.component.<name>` with a `div.component-content` and
  `field-*` children, rows and columns of the grid (`row`, `col-12 col-lg-8`), the
  `component navigation`, `component breadcrumb`, `component page-list`, `component tag-list`,
  `component link-list` (files), `component social-media-share`;
- item URLs from the content tree, lower-cased with hyphens, bucketed by date:
  `/th/newsroom/press-releases/2024/07/16/moc-pr-123` (**the date in the URL**); the listing
  paginates by **offset**, `?e=10`, `?e=20` ("« ก่อนหน้า" / "ถัดไป »" and "แสดง 11-20 จาก 25");
- the **same `<title>`** on every page ("กระทรวงพาณิชย์ Ministry of Commerce"); the page-header
  hero prints **the section name in the only `h1`** ("ข่าวประชาสัมพันธ์"), the headline is the
  `field-title` of a `component title` as `h2`;
- the date field rendered with the **en-US culture, month first**: "7/16/2024" or
  "7/16/2024 10:30 AM" for the items whose time was entered; the listing prints
  "16 ก.ค. 2567" (BE, abbreviated);
- a labelled **"แหล่งข่าว"** field (`field-source`) for some items; "ยอดเข้าชม : 1,234"
  (`field-views`); a tag list "คำค้น"; inside the same placeholder as the text: a file list
  "เอกสารประกอบ", the share component "แชร์หน้านี้", and a page list "ข่าวที่เกี่ยวข้อง";
- furniture: top links (ขนาดตัวอักษร, ภาษา EN), mega navigation, a footer with the ministry's
  address and "จำนวนผู้เยี่ยมชม", a cookie-consent bar (Sitecore's consent component);
- the item without a Thai version, linked from page 2, renders the page with empty field
  components and "ขออภัย ไม่พบเนื้อหาในภาษาที่ท่านเลือก" (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, be, esc, main
from .b13_common import B9Site, build, commas, record

MIN = "กระทรวงพาณิชย์"
TITLE = "กระทรวงพาณิชย์ Ministry of Commerce"
SECTION = "/th/newsroom/press-releases"
SOURCES = [
    "สำนักงานรัฐมนตรี กระทรวงพาณิชย์",
    None,
    "กรมการค้าภายใน",
    None,
    "สำนักงานปลัดกระทรวงพาณิชย์",
    None,
    None,
]


def us_date(d: dt.datetime, with_time: bool) -> str:
    s = f"{d.month}/{d.day}/{d.year}"
    if with_time:
        h = d.hour % 12 or 12
        s += f" {h}:{d.minute:02d} {'AM' if d.hour < 12 else 'PM'}"
    return s


def list_date(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)}"


def comp(name: str, inner: str) -> str:
    return (
        f'<div class="component {name}">\n<div class="component-content">\n{inner}\n</div>\n</div>'
    )


class SitecoreSite(B9Site):
    key = "b15_sitecore_sxa"
    family = "generic"
    imitates = "Sitecore 10 SXA ministry portal, div.component/component-content/field-* markup, date-bucketed item URLs /th/newsroom/press-releases/2024/07/16/moc-pr-NNN, offset pagination ?e=10, same <title>, hero h1 = section name and the headline an h2.field-title, en-US month-first date '7/16/2024 10:30 AM', labelled 'แหล่งข่าว' field for some, 'ยอดเข้าชม : 1,234', files/share/related page list in the content placeholder; item without a Thai version = empty fields + 'ขออภัย ไม่พบเนื้อหาในภาษาที่ท่านเลือก' (200)"
    listing_path = SECTION
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 24, 29, SOURCES, dt.datetime(2024, 8, 2, 17, 0), first_id=401, step=3
        )
        for a in self.articles:
            a.path = f"{SECTION}/{a.published:%Y/%m/%d}/moc-pr-{a.id}"
        anchor = self.articles[13]
        self.deleted_anchor = anchor
        d = anchor.published - dt.timedelta(days=1)
        self.deleted_path = f"{SECTION}/{d:%Y/%m/%d}/moc-pr-{anchor.id - 1}"
        self.deleted_date = d
        self.setup_routes()

    def page_url(self, k):
        return SECTION if k == 0 else f"{SECTION}?e={k * self.per_page}"

    def robots(self):
        return "User-agent: *\nDisallow: /sitecore/\nDisallow: /-/speak/\nDisallow: /th/search\nSitemap: /sitemap.xml\n"

    def deleted_paths(self):
        return [self.deleted_path]

    def shell(self, content, side=""):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta charset="utf-8" />
    <title>{TITLE}</title>
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <link href="/-/media/base-themes/core-libraries/styles/optimized-min.css?t=20240315T091122Z" rel="stylesheet" />
    <link href="/-/media/themes/moc/moc-theme/styles/pre-optimized-min.css?t=20240611T031540Z" rel="stylesheet" />
</head>
<body class="default-device bodyclass">
<div id="wrapper">
<header>
<div id="header" class="container">
<div class="row">
{comp("link-list top-links col-12", '<ul><li class="item0 odd first"><div class="field-link"><a href="#" data-variantfieldname="Link">ขนาดตัวอักษร ก- ก ก+</a></div></li><li class="item1 even last"><div class="field-link"><a href="/en" data-variantfieldname="Link">EN</a></div></li></ul>')}
{comp("image file-type-icon-media-link logo col-6", f'<a title="{MIN}" href="/th"><img src="/-/media/project/moc/logo.png?h=90&amp;w=320" alt="{MIN}" width="320" height="90" /></a>')}
{comp("navigation navigation-main navigation-main-horizontal col-12", '<nav><ul class="clearfix"><li class="level0 submenu item0 odd first rel-level1"><div class="navigation-title field-navigationtitle"><a title="Home" href="/th">หน้าแรก</a></div></li><li class="level0 submenu item1 even rel-level1"><div class="navigation-title field-navigationtitle"><a title="About" href="/th/about">เกี่ยวกับกระทรวง</a></div></li><li class="level0 submenu item2 odd active rel-level1"><div class="navigation-title field-navigationtitle"><a title="Newsroom" href="/th/newsroom">ห้องข่าว</a></div></li><li class="level0 item3 even rel-level1"><div class="navigation-title field-navigationtitle"><a title="E-Service" href="/th/e-service">บริการอิเล็กทรอนิกส์</a></div></li><li class="level0 item4 odd last rel-level1"><div class="navigation-title field-navigationtitle"><a title="Contact" href="/th/contact">ติดต่อเรา</a></div></li></ul></nav>')}
</div>
</div>
</header>
<main>
<div id="content" class="container">
<div class="row">
{comp("page-header col-12", '<div class="hero-banner"><h1 class="field-heading">ข่าวประชาสัมพันธ์</h1><div class="field-subtitle">ห้องข่าว กระทรวงพาณิชย์</div></div>')}
{comp("breadcrumb navigation-title col-12", '<ol><li class="breadcrumb-item home"><div class="navigation-title"><a title="Home" href="/th">หน้าแรก</a></div><div class="separator">&gt;</div></li><li class="breadcrumb-item"><div class="navigation-title"><a title="Newsroom" href="/th/newsroom">ห้องข่าว</a></div><div class="separator">&gt;</div></li><li class="breadcrumb-item last"><div class="navigation-title"><a title="Press releases" href="/th/newsroom/press-releases">ข่าวประชาสัมพันธ์</a></div></li></ol>')}
<div class="col-12 col-lg-8">
<div class="row">
{content}
</div>
</div>
<div class="col-12 col-lg-4">
<div class="row">
{side}
{comp("promo col-12", '<div class="field-promoicon"><img src="/-/media/project/moc/banner-1569.jpg" alt="สายด่วน 1569" /></div><div class="promo-text"><div class="field-promotext">สายด่วน 1569 ร้องเรียนสินค้าราคาแพง</div></div>')}
</div>
</div>
</div>
</div>
</main>
<footer>
<div id="footer" class="container">
<div class="row">
{comp("rich-text col-12", f"<p>{MIN} เลขที่ 563 ถนนนนทบุรี ตำบลบางกระสอ อำเภอเมืองนนทบุรี จังหวัดนนทบุรี 11000 โทร 0 2507 7000</p><p>จำนวนผู้เยี่ยมชม 8,104,227 ครั้ง</p><p>&copy; 2567 {MIN} สงวนลิขสิทธิ์</p>")}
</div>
</div>
</footer>
</div>
<div class="privacy-warning permisive"><div class="close"><a onclick="XA.cookies.removeCookieWarning()">×</a></div><div class="title">นโยบายการใช้คุกกี้</div><div class="content">เว็บไซต์นี้ใช้คุกกี้เพื่อมอบประสบการณ์ที่ดีแก่ผู้ใช้งาน</div><div class="submit"><a onclick="XA.cookies.createCookie('privacy-notification', 1, 365);">ยอมรับ</a></div></div>
<script src="/-/media/base-themes/core-libraries/scripts/optimized-min.js?t=20240315T091122Z"></script>
</body>
</html>"""

    def listing(self, k):
        items = []
        for a in self.pages[k]:
            items.append(self.item(a.path, a.title, a.published))
            if a is self.deleted_anchor:
                items.append(
                    self.item(
                        self.deleted_path,
                        "พาณิชย์จับมือห้างค้าปลีกจัดโครงการลดราคาสินค้าเครื่องอุปโภคบริโภค",
                        self.deleted_date,
                    )
                )
        total = len(self.articles) + 1
        start = k * self.per_page
        shown_to = min(start + self.per_page, len(self.articles))
        prev_link = (
            f'<a class="page-prev" href="{self.page_url(k - 1)}">« ก่อนหน้า</a>' if k > 0 else ""
        )
        next_link = (
            f'<a class="page-next" href="{self.page_url(k + 1)}">ถัดไป »</a>'
            if k < len(self.pages) - 1
            else ""
        )
        content = comp(
            "page-list news-list col-12",
            f"""<div class="page-list-summary">แสดง {start + 1}-{shown_to} จาก {total}</div>
<ul class="items">{"".join(items)}</ul>
<div class="page-list-pagination">{prev_link} {next_link}</div>""",
        )
        return self.shell(content)

    def item(self, path, title, d):
        return f"""<li class="item"><div class="field-image"><a href="{path}"><img src="/-/media/project/moc/news/thumb.jpg?h=200&amp;w=300" alt="" /></a></div><div class="field-date">{list_date(d)}</div><div class="field-title"><a title="{esc(title)}" href="{path}">{esc(title)}</a></div></li>"""

    def detail(self, a):
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        source = (
            comp(
                "field-editor col-12",
                f'<div class="field-source"><span class="field-label">แหล่งข่าว</span> {esc(a.source)}</div>',
            )
            if a.source
            else ""
        )
        tags = ""
        if a.tags:
            tags = comp(
                "tag-list col-12",
                '<span class="tag-list-label">คำค้น</span>'
                + "".join(
                    f'<div class="field-tags"><a class="tag-link" href="/th/search?tag={esc(t)}">{esc(t)}</a></div>'
                    for t in a.tags
                ),
            )
        related = [x for x in self.articles if x is not a][:4]
        rel = "".join(
            f'<li class="item"><div class="field-title"><a href="{x.path}">{esc(x.title)}</a></div><div class="field-date">{list_date(x.published)}</div></li>'
            for x in related
        )
        content = "\n".join(
            [
                comp(
                    "date col-12",
                    f'<div class="field-date">{us_date(a.published, a.time_printed)}</div>',
                ),
                comp("title col-12", f'<div class="field-title"><h2>{esc(a.title)}</h2></div>'),
                comp(
                    "field-editor col-12",
                    f'<div class="field-views">ยอดเข้าชม : {commas(a.views)}</div>',
                ),
                comp("rich-text page-content col-12", f'<div class="field-content">{paras}</div>'),
                source,
                comp(
                    "link-list file-list col-12",
                    f'<h3>เอกสารประกอบ</h3><ul><li class="item0 odd first last"><div class="field-link"><a href="/-/media/project/moc/news/moc-pr-{a.id}.pdf" data-variantfieldname="Link">ดาวน์โหลดข่าวฉบับเต็ม (PDF)</a></div></li></ul>',
                ),
                tags,
                comp(
                    "social-media-share col-12",
                    '<span class="share-label">แชร์หน้านี้</span><ul><li><a class="facebook" href="https://www.facebook.com/sharer/sharer.php" title="Facebook">Facebook</a></li><li><a class="twitter" href="https://twitter.com/intent/tweet" title="X">X</a></li><li><a class="line" href="https://social-plugins.line.me/lineit/share" title="LINE">LINE</a></li></ul>',
                ),
                comp(
                    "page-list related-news col-12",
                    f'<h3 class="page-list-title">ข่าวที่เกี่ยวข้อง</h3><ul class="items">{rel}</ul>',
                ),
                comp(
                    "link col-12",
                    f'<div class="field-link"><a href="{SECTION}">กลับหน้ารวมข่าว</a></div>',
                ),
            ]
        )
        return self.shell(content)

    def deleted(self):
        content = "\n".join(
            [
                comp("date col-12", '<div class="field-date"></div>'),
                comp("title col-12", '<div class="field-title"><h2></h2></div>'),
                comp(
                    "rich-text page-content col-12",
                    '<div class="field-content"><p class="no-content">ขออภัย ไม่พบเนื้อหาในภาษาที่ท่านเลือก</p></div>',
                ),
            ]
        )
        return self.shell(content)

    def expected(self):
        out = []
        for a in self.articles:
            other = next(x for x in self.articles if x is not a)
            must_not = [
                "ยอดเข้าชม",
                "แหล่งข่าว",
                "เอกสารประกอบ",
                "ดาวน์โหลดข่าวฉบับเต็ม (PDF)",
                "แชร์หน้านี้",
                "ข่าวที่เกี่ยวข้อง",
                "กลับหน้ารวมข่าว",
                "คำค้น",
                other.title,
                "สายด่วน 1569 ร้องเรียนสินค้าราคาแพง",
                "เว็บไซต์นี้ใช้คุกกี้",
                "จำนวนผู้เยี่ยมชม",
            ]
            out.append(record(self, a, must_not, modified=False))
        return out


SITE = SitecoreSite()

if __name__ == "__main__":
    main(SITE)
