"""Blind-13 red-team site: **Umbraco 13** ministry portal (กระทรวงแรงงาน) behind a legacy gateway
that re-encodes every page to **windows-874**, built blind.

What it imitates:
- the bytes are windows-874 and the HTTP header says so (`text/html; charset=windows-874`), but
  the Razor layout still carries `<meta charset="utf-8">` (**the meta lies, the header is
  right**); links to Thai paths are printed raw (windows-874 bytes in `href`);
- content tree URLs `/th/ห้องข่าว/ข่าวประชาสัมพันธ์/pr-041-2567/` (the press-release number and
  **BE year** in the segment); the listing node paginates by **offset, next-only**
  (`?start=9`, one "ดูข่าวเพิ่มเติม" button, no numbers, no previous);
- the **same `<title>`** on every page ("กระทรวงแรงงาน Ministry of Labour"); the logo is wrapped in
  an `h1` before the headline's `h1.news-title`; "ข่าวที่ ๔๑/๒๕๖๗" above the headline;
- **Thai-digit** dates: "วันที่ ๑๖ กุมภาพันธ์ ๒๕๖๗" plus "เวลา ๑๐.๓๐ น." for items whose time was
  entered; "ปรับปรุงล่าสุด ๒๐/๐๒/๒๕๖๗" (Umbraco's `UpdateDate`, date only, **every item**);
  "ผู้เข้าชม ๑,๒๓๔ ครั้ง"; the listing prints "๑๖ ก.พ. ๖๗";
- the text in Umbraco's **Block Grid** (`umb-block-grid__layout-item`): a rich-text block, an
  image block with "ภาพข่าว : …", a rich-text block ending for some in the **office alone** as the
  last right-aligned line, a "ลิงก์ที่เกี่ยวข้อง" block and an "เอกสารแนบ" block inside the grid;
- tools "ขนาดตัวอักษร ก ก ก", "พิมพ์", "ส่งอีเมล", "แชร์ข่าวนี้"; tags "คำสำคัญ"; sidebar
  "ข่าวล่าสุด" and "ข่าวยอดนิยม" (titles and counts); a PDPA cookie banner;
- the emptied node, linked from page 2, renders the news template with no values: an empty
  headline, `DateTime.MinValue` in the Buddhist calendar "วันที่ ๑ มกราคม ๕๔๔" and "ไม่พบข้อมูล" (200).
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, be, esc, main, thai_digits
from .b13_common import B9Site, build, commas, hm, record, th_long_thai_digits

MINISTRY = "กระทรวงแรงงาน"
TITLE = "กระทรวงแรงงาน Ministry of Labour"
SECTION = "/th/ห้องข่าว/ข่าวประชาสัมพันธ์/"
SOURCES = [
    None,
    "กองประชาสัมพันธ์ สำนักงานปลัดกระทรวงแรงงาน",
    None,
    "กลุ่มประชาสัมพันธ์ กรมการจัดหางาน",
    None,
    None,
]
DELETED = SECTION + "pr-029-2567/"


def short_date(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def dmy(d: dt.datetime) -> str:
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{be(d)}")


class UmbracoSite(B9Site):
    key = "b13_umbraco_874"
    family = "generic"
    charset = "cp874"
    imitates = "Umbraco 13 ministry portal re-encoded to windows-874 (header charset=windows-874, layout meta says utf-8), raw Thai hrefs, /th/ห้องข่าว/ข่าวประชาสัมพันธ์/pr-NNN-2567/, offset next-only ?start=9, same <title>, logo h1 before h1.news-title, Thai-digit 'วันที่ ๑๖ กุมภาพันธ์ ๒๕๖๗' + 'เวลา ๑๐.๓๐ น.' for some, 'ปรับปรุงล่าสุด ๒๐/๐๒/๒๕๖๗' every item, 'ผู้เข้าชม ๑,๒๓๔ ครั้ง', Block Grid with image/links/files blocks, office alone as the last line; emptied node = MinValue date + 'ไม่พบข้อมูล' (200)"
    listing_path = SECTION
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 24, 41, SOURCES, dt.datetime(2024, 7, 12, 17, 0), first_id=20, step=1
        )
        for a in self.articles:
            n = a.id + (1 if a.id >= 29 else 0)
            a.extra["no"] = n
            a.path = f"{SECTION}pr-{n:03d}-2567/"
            a.extra["upd"] = a.modified or a.published
        self.setup_routes()

    def html_response(self, text, *, status=200, charset=None, content_type=None):
        return (
            status,
            {"Content-Type": "text/html; charset=windows-874"},
            text.encode("cp874", "xmlcharrefreplace"),
        )

    def page_url(self, k):
        return SECTION if k == 0 else f"{SECTION}?start={k * self.per_page}"

    def deleted_paths(self):
        return [DELETED]

    def shell(self, content, sidebar=True):
        latest = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a><span class="date">{short_date(a.published)}</span></li>'
            for a in self.articles[:5]
        )
        popular = sorted(self.articles, key=lambda x: -x.views)[:4]
        pop = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a><span class="views">{thai_digits(commas(a.views))} ครั้ง</span></li>'
            for a in popular
        )
        side = (
            f"""<aside class="col-lg-4 sidebar">
<div class="widget"><h3 class="widget-title">ข่าวล่าสุด</h3><ul class="news-mini">{latest}</ul></div>
<div class="widget"><h3 class="widget-title">ข่าวยอดนิยม</h3><ul class="news-mini">{pop}</ul></div>
</aside>"""
            if sidebar
            else ""
        )
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>{TITLE}</title>
    <link rel="stylesheet" href="/css/bootstrap.min.css" />
    <link rel="stylesheet" href="/css/mol.min.css?v=13.4.1" />
    <link rel="stylesheet" href="/App_Plugins/Umbraco.BlockGridEditor.DefaultCustomViews/blockgridlayout.css" />
</head>
<body class="page-newsitem">
<div class="accessibility-bar"><div class="container"><span>ขนาดตัวอักษร</span> <button class="fs-sm">ก</button><button class="fs-md">ก</button><button class="fs-lg">ก</button> <span class="contrast">ความคมชัด</span> <a href="/en/">EN</a></div></div>
<header class="site-header">
  <div class="container">
    <h1 class="logo"><a href="/th/"><img src="/media/fqzlt0bq/logo-mol.png" alt="{MINISTRY}" width="300" height="80" /></a></h1>
    <form action="/th/search/" method="get" class="site-search"><input type="text" name="q" placeholder="ค้นหา" /><input name="__RequestVerificationToken" type="hidden" value="CfDJ8Hq1mQ2xV" /></form>
  </div>
  <nav class="main-nav"><div class="container"><ul>
    <li><a href="/th/">หน้าหลัก</a></li><li><a href="/th/เกี่ยวกับกระทรวง/">เกี่ยวกับกระทรวง</a></li><li class="active"><a href="/th/ห้องข่าว/">ห้องข่าว</a></li><li><a href="/th/บริการประชาชน/">บริการประชาชน</a></li><li><a href="/th/ita/">ITA</a></li><li><a href="/th/ติดต่อเรา/">ติดต่อเรา</a></li>
  </ul></div></nav>
</header>
<div class="container py-4"><div class="row">
<div class="{"col-lg-8" if sidebar else "col-12"}">
{content}
</div>
{side}
</div></div>
<footer class="site-footer"><div class="container">
  <p>{MINISTRY} ถนนมิตรไมตรี แขวงดินแดง เขตดินแดง กรุงเทพฯ 10400 สายด่วน 1506</p>
  <p class="visitors">จำนวนผู้เข้าชมเว็บไซต์ ๒,๔๑๐,๕๗๓ ครั้ง</p>
  <p>© 2567 {MINISTRY} สงวนลิขสิทธิ์</p>
</div></footer>
<div id="pdpa-cookie" class="cookie-banner" role="dialog"><p>เว็บไซต์นี้ใช้คุกกี้เพื่อวัตถุประสงค์ในการปรับปรุงประสบการณ์ของผู้ใช้งาน ท่านสามารถศึกษารายละเอียดได้ที่ <a href="/th/นโยบายคุกกี้/">นโยบายคุกกี้</a></p><button class="btn btn-primary" data-consent="all">ยอมรับทั้งหมด</button><button class="btn btn-link" data-consent="settings">ตั้งค่าคุกกี้</button></div>
<script src="/scripts/jquery-3.7.1.min.js"></script>
<script src="/scripts/mol.min.js?v=13.4.1"></script>
</body>
</html>"""

    def crumbs(self, leaf):
        return f'<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/th/">หน้าหลัก</a></li><li class="breadcrumb-item"><a href="/th/ห้องข่าว/">ห้องข่าว</a></li><li class="breadcrumb-item"><a href="{SECTION}">ข่าวประชาสัมพันธ์</a></li>{leaf}</ol></nav>'

    def listing(self, k):
        items = []
        for a in self.pages[k]:
            items.append(self.item(a.path, a.title, a.published, a.extra["no"]))
            if a.extra["no"] == 30:  # the emptied node no. 29 sat between 30 and 28
                items.append(
                    self.item(
                        DELETED,
                        "กระทรวงแรงงานเชิญชวนผู้ประกันตนร่วมกิจกรรมวันแรงงานแห่งชาติ",
                        a.published - dt.timedelta(hours=20),
                        29,
                    )
                )
        more = ""
        if k < len(self.pages) - 1:
            more = f'<div class="text-center mt-4"><a class="btn btn-outline-primary load-more" href="?start={(k + 1) * self.per_page}">ดูข่าวเพิ่มเติม</a></div>'
        content = f"""{self.crumbs('<li class="breadcrumb-item active" aria-current="page">ข่าวประชาสัมพันธ์</li>')}
<h2 class="section-title">ข่าวประชาสัมพันธ์</h2>
<div class="row news-list">{"".join(items)}</div>
{more}"""
        return self.shell(content)

    def item(self, path, title, d, no):
        return f"""<div class="col-md-4 mb-4"><div class="news-card">
<a href="{path}"><img src="/media/n{no:03d}/cover.jpg?rmode=crop&amp;width=400&amp;height=260" alt="" class="img-fluid" /></a>
<div class="news-card__body"><span class="news-card__date">{short_date(d)}</span><h3 class="news-card__title"><a href="{path}">{esc(title)}</a></h3></div>
</div></div>"""

    def block(self, alias, inner, n):
        return f"""<div class="umb-block-grid__layout-item" data-content-element-type-alias="{alias}" data-content-element-type-key="6f2b5c1e-9d4a-4c7e-8a4b-{n:012d}" data-element-udi="umb://element/{n:032x}" data-col-span="12" data-row-span="1" style=" --umb-block-grid--item-column-span: 12; --umb-block-grid--item-row-span: 1; ">
{inner}
</div>"""

    def detail(self, a):
        p = a.paras
        first, rest = p[:2], p[2:]
        last = "".join(f"<p>{esc(x)}</p>" for x in rest)
        if a.source:
            last += f'<p style="text-align: right;">{esc(a.source)}</p>'
        when = f"วันที่ {th_long_thai_digits(a.published)}"
        if a.time_printed:
            when += f" เวลา {thai_digits(hm(a.published, '.'))} น."
        tags = ""
        if a.tags:
            tags = (
                '<div class="news-tags"><span>คำสำคัญ :</span> '
                + " ".join(
                    f'<a href="/th/search/?tag={esc(t)}" class="badge">{esc(t)}</a>' for t in a.tags
                )
                + "</div>"
            )
        grid = "".join(
            [
                self.block(
                    "richTextBlock",
                    f'<div class="rte">{"".join(f"<p>{esc(x)}</p>" for x in first)}</div>',
                    a.id * 10 + 1,
                ),
                self.block(
                    "imageBlock",
                    f'<figure class="image-block"><img src="/media/n{a.extra["no"]:03d}/photo-1.jpg?rmode=max&amp;width=1200" alt="" class="img-fluid" /><figcaption>ภาพข่าว : กองประชาสัมพันธ์</figcaption></figure>',
                    a.id * 10 + 2,
                ),
                self.block("richTextBlock", f'<div class="rte">{last}</div>', a.id * 10 + 3),
                self.block(
                    "relatedLinksBlock",
                    '<div class="related-links"><h4>ลิงก์ที่เกี่ยวข้อง</h4><ul><li><a href="https://www.sso.go.th/">สำนักงานประกันสังคม</a></li><li><a href="https://www.doe.go.th/">กรมการจัดหางาน</a></li></ul></div>',
                    a.id * 10 + 4,
                ),
                self.block(
                    "downloadBlock",
                    f'<div class="download-block"><h4>เอกสารแนบ</h4><a href="/media/n{a.extra["no"]:03d}/press-release.pdf" class="file-pdf">ข่าวประชาสัมพันธ์ฉบับเต็ม.pdf</a></div>',
                    a.id * 10 + 5,
                ),
            ]
        )
        no = thai_digits(f"{a.extra['no']}/{be(a.published)}")
        content = f"""{self.crumbs(f'<li class="breadcrumb-item active" aria-current="page">{esc(a.title)}</li>')}
<article class="news-detail">
  <p class="news-no">ข่าวที่ {no}</p>
  <h1 class="news-title">{esc(a.title)}</h1>
  <div class="news-meta"><span class="news-date">{when}</span> <span class="news-views">ผู้เข้าชม {thai_digits(commas(a.views))} ครั้ง</span></div>
  <div class="news-tools"><a href="javascript:window.print()">พิมพ์</a> <a href="mailto:?subject={esc(a.title)}">ส่งอีเมล</a> <span>แชร์ข่าวนี้</span> <a href="https://www.facebook.com/sharer/sharer.php?u={a.path}" class="share-fb">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={a.path}" class="share-line">LINE</a></div>
  <div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;">
    <div class="umb-block-grid__layout-container">
{grid}
    </div>
  </div>
  {tags}
  <p class="news-updated">ปรับปรุงล่าสุด {dmy(a.extra["upd"])}</p>
</article>"""
        return self.shell(content)

    def deleted(self):
        content = f"""{self.crumbs('<li class="breadcrumb-item active" aria-current="page"></li>')}
<article class="news-detail">
  <p class="news-no">ข่าวที่ </p>
  <h1 class="news-title"></h1>
  <div class="news-meta"><span class="news-date">วันที่ ๑ มกราคม ๕๔๔</span> <span class="news-views">ผู้เข้าชม ๐ ครั้ง</span></div>
  <div class="umb-block-grid" data-grid-columns="12" style="--umb-block-grid--grid-columns: 12;"><div class="umb-block-grid__layout-container"></div></div>
  <p class="no-data">ไม่พบข้อมูล</p>
</article>"""
        return self.shell(content)

    def expected(self):
        out = []
        for a in self.articles:
            popular = sorted(self.articles, key=lambda x: -x.views)[:4]
            other = next(x for x in popular if x is not a)
            save = a.modified
            a.modified = a.extra["upd"]
            must_not = [
                "ภาพข่าว : กองประชาสัมพันธ์",
                "ลิงก์ที่เกี่ยวข้อง",
                "สำนักงานประกันสังคม",
                "เอกสารแนบ",
                "ข่าวประชาสัมพันธ์ฉบับเต็ม.pdf",
                "ผู้เข้าชม",
                "ปรับปรุงล่าสุด",
                "แชร์ข่าวนี้",
                "ส่งอีเมล",
                "คำสำคัญ :",
                "ข่าวยอดนิยม",
                other.title,
                "เว็บไซต์นี้ใช้คุกกี้",
                "ขนาดตัวอักษร",
                f"ข่าวที่ {thai_digits(str(a.extra['no']))}",
            ]
            out.append(record(self, a, must_not, modified_time=False))
            a.modified = save
        return out


SITE = UmbracoSite()

if __name__ == "__main__":
    main(SITE)
