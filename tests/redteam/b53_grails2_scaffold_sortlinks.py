"""Blind-53 red-team site (part A): a provincial land-transport office
(สำนักงานขนส่งจังหวัดลำพูน-like) whose news section is a **Grails 2.4 application (Groovy
Server Pages on Tomcat 7) grown from the scaffold**: `NewsController` with `index` (a
`g:sortableColumn` table and `g:paginate`), a `read` action that counts and redirects, and a
hand-edited `show.gsp`. Built blind (no crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): Grails 2 scaffolding templates and apps grown
from them — `list.gsp` / `index.gsp` (`div#list-news.content.scaffold-list[role=main]`, the
`h1` "default.list.label", `div.message[role=status]` for `flash.message`, a table whose
header cells are `g:sortableColumn`s, rows `tr.even` / `tr.odd`, the first cell a `g:link`
to `show`, `div.pagination > g:paginate`), `show.gsp` (`ol.property-list` of
`li.fieldcontain` with `span.property-label` / `span.property-value`), the "Skip to content…"
link and the `div.nav[role=navigation]` menu. What `g:sortableColumn` and `g:paginate` print
(`th.sortable` / `th.sortable.sorted.asc` with `?sort=title&max=10&order=asc`; `span.currentStep`,
`a.step`, `a.prevLink` / `a.nextLink` with `offset` and `max` and the current sort kept), Java's
`th_TH` locale printing Buddhist years through `SimpleDateFormat`, and the Tomcat / JSESSIONID
details are from memory of their documentation. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: sort and filter links that lead to the same articles again** — every column head of
  the listing is a `g:sortableColumn` link (`?sort=title&max=10&order=asc`, `sort=dateCreated`,
  `sort=readCount`, and `order=desc` on the sorted one), the pager keeps the sort in its
  links, and a category bar links `?category=1|2|3`; every variant answers 200 with the same
  articles in another order (a crawler trap); the listing pages are the default order's
  `/news/index`, `?offset=10&max=10`, `?offset=20&max=10`;
- **NEW: each row's headline links through a counting redirect** `/news/read/123` → 302 →
  `/news/show/123` (the controller counts the read, then redirects);
- **NEW: dates "2567-03-05 14:30" (BE year in ISO order, `yyyy-MM-dd HH:mm` under the
  `th_TH` locale) on the article, and "05.03.2567" (dots) in the listing's date column**;
  no `<time>`, no meta date;
- **NEW: text without `<p>`** — one article in two is `<div>` per paragraph, the other half a
  single `<div>` with `<br><br>` between paragraphs (the CKEditor was set to `enterMode BR`);
- **NEW: short press releases** (one in five): two paragraphs under a large picture and an
  **embedded PDF viewer** (`<object data="….pdf" type="application/pdf">` with a fallback
  link) with the PDF also as an attachment link "ดาวน์โหลดเอกสาร (PDF)";
- **NEW: the source after "หน่วยงาน"** — the last row of the detail table printed under the
  text (`ol.property-list`, a left-over of the scaffold: "หมวดข่าว", "ผู้บันทึก",
  "จำนวนผู้อ่าน", "หน่วยงาน"), the source office its last cell (one in six has "-");
- **NEW: related news as a `<table>` of dated rows ("ข่าวที่เกี่ยวข้อง": วันที่ | หัวข้อ)
  inside the article's container**, under the text;
- **NEW: the page's `h1` is the scaffold's "รายละเอียดข่าว"**; the headline is an `h2.news-title`;
  `<title>` is "ข่าวประชาสัมพันธ์ - <office>" on every article;
- the counter "จำนวนผู้อ่าน 1,234 ครั้ง" is a row of the detail table;
- deleted item: `/news/read/9013` → 302 → `/news/show/9013`, which answers **200 with the
  layout and only the flash "ไม่พบข่าวประชาสัมพันธ์ รหัส 9013"** (the controller renders the
  list-less show view instead of a 404);
- furniture: header with office name and English name, `div.nav` menu, font size tools
  ("ก- ก ก+"), "พิมพ์หน้านี้" / "แชร์ Facebook" / "แชร์ LINE", "ย้อนกลับ" link, right column
  "ข่าวอ่านมากที่สุด" (titles, counts), footer visitor counter and "Powered by Grails 2.4.4".
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote, unquote

from ._common import TZ, BaseSite, esc, expected_record, main, make_articles
from .b7_common import on_page
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานขนส่งจังหวัดลำพูน"
OFFICE_EN = "Lamphun Provincial Land Transport Office"
SECTION = "ข่าวประชาสัมพันธ์"
PER = 10
CATEGORIES = {1: "ข่าวประชาสัมพันธ์", 2: "ข่าวกิจกรรม", 3: "ประกาศ/คำสั่ง"}
SOURCES = [
    "ฝ่ายบริหารทั่วไป สำนักงานขนส่งจังหวัดลำพูน",
    "กลุ่มวิศวกรรมยานยนต์",
    "สำนักงานขนส่งจังหวัดลำพูน สาขาอำเภอลี้",
    "กลุ่มงานใบอนุญาตขับรถ",
    "ฝ่ายทะเบียนรถ",
    None,
]
RECORDERS = ["admin_pr", "somchai.k", "pr_lamphun"]
DELETED_ID = 9013
DELETED_TITLE = "ประกาศปิดให้บริการชั่วคราว วันที่ 13 กุมภาพันธ์ 2567"
NOT_FOUND = f"ไม่พบข่าวประชาสัมพันธ์ รหัส {DELETED_ID}"
COUNTER = "ผู้เข้าชมเว็บไซต์ 218,655 คน"
FOOTER = "ถนนลำพูน-ป่าซาง ตำบลเวียงยอง อำเภอเมืองลำพูน จังหวัดลำพูน 51000 โทร. 0 5353 7766"
POPULAR = "ข่าวอ่านมากที่สุด"
RELATED = "ข่าวที่เกี่ยวข้อง"
PDF_LABEL = "ดาวน์โหลดเอกสาร (PDF)"
PDF_FALLBACK = "เบราว์เซอร์ของท่านไม่สามารถแสดงไฟล์ PDF ได้"
SORTS = {"title": "หัวข้อข่าว", "dateCreated": "วันที่", "readCount": "ผู้อ่าน"}


def be_iso(d: dt.datetime) -> str:
    """'2567-03-05 14:30' (yyyy-MM-dd HH:mm under th_TH: Buddhist calendar)."""
    return f"{d.year + 543}-{d.month:02d}-{d.day:02d} {d:%H:%M}"


def dots(d: dt.datetime) -> str:
    """'05.03.2567'"""
    return f"{d.day:02d}.{d.month:02d}.{d.year + 543}"


class GrailsNewsSite(BaseSite):
    key = "b53_grails2_scaffold_sortlinks"
    family = "generic"
    imitates = (
        "provincial land-transport office news on a Grails 2.4 (GSP, Tomcat) app grown from "
        "the scaffold: sortable-column and category links repeating the listing (?sort=title"
        "&order=asc, ?category=2), g:paginate offset/max; rows link /news/read/N -> 302 -> "
        "/news/show/N; '2567-03-05 14:30' (BE ISO) on the article, '05.03.2567' in the list; "
        "text in divs or <br><br> without <p>; short press releases over a PDF <object>; source "
        "as the 'หน่วยงาน' row of the detail list under the text; related news as a dated "
        "<table> inside the container; h1 'รายละเอียดข่าว', headline h2; deleted id 200 flash"
    )
    listing_path = "/news/index"

    def __init__(self):
        arts = make_articles(
            self.key, 24, start=dt.datetime(2024, 3, 20, 17, 0, tzinfo=TZ), offset=31
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 8800 + (n - i) * 7
            a.path = f"/news/show/{a.id}"
            a.time_printed = True
            a.modified = None
            a.source = SOURCES[i % len(SOURCES)]
            a.tags = []
            a.views = 15 + (i * 457 + 33) % 2900
            a.extra["cat"] = 1 + (i % 5 == 3) + 2 * (i % 5 == 4)
            a.extra["press"] = i % 5 == 4
            if a.extra["press"]:
                a.paras = a.paras[:2]
            a.extra["layout"] = "br" if i % 2 else "div"
            a.extra["recorder"] = RECORDERS[i % 3]
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id

    def listing_pages(self):
        return ["/news/index", "/news/index?offset=10&max=10", "/news/index?offset=20&max=10"]

    def deleted_paths(self):
        return [f"/news/read/{DELETED_ID}"]

    # ------------------------------------------------------------------ pieces
    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (2, 5, 9)]

    def popular(self):
        return sorted(self.articles, key=lambda x: -x.views)[:5]

    def shell(self, title: str, main_html: str) -> str:
        pop = "".join(
            f'<li><a href="/news/read/{x.id}">{esc(x.title)}</a> <span class="hits">({x.views:,})</span></li>'
            for x in self.popular()
        )
        return f"""<!DOCTYPE html>
<!--[if lt IE 7 ]> <html lang="th" class="no-js ie6"> <![endif]-->
<!--[if (gt IE 9)|!(IE)]><!--> <html lang="th" class="no-js"><!--<![endif]-->
	<head>
		<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
		<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1">
		<title>{esc(title)}</title>
		<meta name="viewport" content="width=device-width, initial-scale=1.0">
		<link rel="shortcut icon" href="/assets/favicon.ico" type="image/x-icon">
		<link rel="stylesheet" href="/assets/application.css?compile=false"/>
		<link rel="stylesheet" href="/assets/main.css?compile=false"/>
		<link rel="stylesheet" href="/assets/lamphun-dlt.css?compile=false"/>
		<script src="/assets/jquery/jquery-1.11.1.js?compile=false" type="text/javascript"></script>
	</head>
	<body>
		<div id="grailsLogo" role="banner"><a href="/"><img src="/assets/logo_dlt.png" alt="กรมการขนส่งทางบก"/></a>
			<span class="office-name">{OFFICE}</span><span class="office-name-en">{OFFICE_EN}</span>
			<span class="font-tools">ขนาดตัวอักษร <a href="#" data-fs="-1">ก-</a> <a href="#" data-fs="0">ก</a> <a href="#" data-fs="1">ก+</a></span>
		</div>
		<div class="nav" role="navigation">
			<ul>
				<li><a class="home" href="/">หน้าหลัก</a></li>
				<li><a href="/page/about">เกี่ยวกับเรา</a></li>
				<li><a href="/news/index">{SECTION}</a></li>
				<li><a href="/page/services">งานบริการ</a></li>
				<li><a href="/page/contact">ติดต่อเรา</a></li>
			</ul>
		</div>
		<div class="layout-wrap">
		<div class="layout-main">
{main_html}
		</div>
		<div class="layout-side">
			<div class="side-box"><h3>{POPULAR}</h3><ul>{pop}</ul></div>
			<div class="side-box"><a href="/page/ebooking"><img src="/assets/banner_ebooking.jpg" alt="จองคิวออนไลน์"/></a></div>
		</div>
		</div>
		<div class="footer" role="contentinfo">
			<p>{OFFICE} {FOOTER}</p>
			<p class="counter">{COUNTER}</p>
			<p class="powered">Powered by Grails 2.4.4</p>
		</div>
		<div id="spinner" class="spinner" style="display:none;">กำลังโหลด&hellip;</div>
		<script src="/assets/application.js?compile=false" type="text/javascript"></script>
	</body>
</html>
"""

    def response(self, text: str, status: int = 200, extra: dict | None = None):
        h = {
            "Content-Type": "text/html;charset=UTF-8",
            "Content-Language": "th-TH",
            "Set-Cookie": "JSESSIONID=5A1C0F8E7D2B94C3A6E0B1D7F2C8E4A9; Path=/; HttpOnly",
        }
        h.update(extra or {})
        return status, h, text.encode("utf-8")

    # ------------------------------------------------------------------ listing
    def qs(self, **kw) -> str:
        return "&amp;".join(f"{k}={v}" for k, v in kw.items() if v is not None)

    def render_index(self, query):
        def q1(name, default=None):
            v = query.get(name)
            return v[0] if v else default

        sort, order, cat = q1("sort"), q1("order", "desc"), q1("category")
        try:
            offset = int(q1("offset", "0"))
            mx = min(int(q1("max", str(PER))), 100)
        except ValueError:
            return None
        items = list(self.articles)
        if cat:
            if not cat.isdigit() or int(cat) not in CATEGORIES:
                return None
            items = [a for a in items if a.extra["cat"] == int(cat)]
        if sort in SORTS:
            keyf = {
                "title": lambda a: a.title,
                "dateCreated": lambda a: a.published,
                "readCount": lambda a: a.views,
            }[sort]
            items.sort(key=keyf, reverse=(order == "desc"))
        elif sort:
            return None
        page = items[offset : offset + mx]
        if offset and not page:
            return None
        rows = []
        for j, a in enumerate(page):
            rows.append(
                f"""<tr class="{"even" if j % 2 == 0 else "odd"}">
						<td class="col-no">{offset + j + 1}</td>
						<td><a href="/news/read/{a.id}">{esc(a.title)}</a></td>
						<td class="col-cat">{CATEGORIES[a.extra["cat"]]}</td>
						<td class="col-date">{dots(a.published)}</td>
						<td class="col-count">{a.views:,}</td>
					</tr>"""
            )
        if offset == PER and not sort and not cat:
            rows.insert(
                6,
                f"""<tr class="odd">
						<td class="col-no">-</td>
						<td><a href="/news/read/{DELETED_ID}">{esc(DELETED_TITLE)}</a></td>
						<td class="col-cat">{CATEGORIES[3]}</td>
						<td class="col-date">12.02.2567</td>
						<td class="col-count">0</td>
					</tr>""",
            )
        heads = []
        for prop, label in SORTS.items():
            if sort == prop:
                nxt = "desc" if order == "asc" else "asc"
                cls = f"sortable sorted {order}"
            else:
                nxt, cls = "asc", "sortable"
            heads.append(
                f'<th class="{cls}"><a href="/news/index?{self.qs(sort=prop, max=mx, order=nxt, category=cat)}">{label}</a></th>'
            )
        th = (
            '<th class="col-no">ลำดับ</th>'
            + heads[0]
            + '<th class="col-cat">หมวดข่าว</th>'
            + heads[1]
            + heads[2]
        )
        # g:paginate (keeps sort/order/category in its links)
        total = len(items)
        steps = []
        keep = dict(sort=sort, order=order if sort else None, category=cat)
        if offset > 0:
            steps.append(
                f'<a href="/news/index?{self.qs(offset=max(offset - mx, 0), max=mx, **keep)}" class="prevLink">ก่อนหน้า</a>'
            )
        for k in range(0, total, mx):
            if k == offset:
                steps.append(f'<span class="currentStep">{k // mx + 1}</span>')
            else:
                steps.append(
                    f'<a href="/news/index?{self.qs(offset=k, max=mx, **keep)}" class="step">{k // mx + 1}</a>'
                )
        if offset + mx < total:
            steps.append(
                f'<a href="/news/index?{self.qs(offset=offset + mx, max=mx, **keep)}" class="nextLink">ถัดไป</a>'
            )
        catbar = " | ".join(
            f'<a href="/news/index?category={cid}">{name}</a>' for cid, name in CATEGORIES.items()
        )
        main_html = f"""		<a href="#list-news" class="skip" tabindex="-1">ข้ามไปยังเนื้อหา&hellip;</a>
		<div id="list-news" class="content scaffold-list" role="main">
			<h1>{SECTION}</h1>
			<div class="category-bar">หมวด: <a href="/news/index">ทั้งหมด</a> | {catbar}</div>
			<table>
			<thead>
					<tr>
						{th}
					</tr>
				</thead>
				<tbody>
				{"".join(rows)}
				</tbody>
			</table>
			<div class="pagination">
				{" ".join(steps)}
			</div>
			<p class="list-summary">ทั้งหมด {total} รายการ</p>
		</div>"""
        return self.response(self.shell(f"{SECTION} - {OFFICE}", main_html))

    # ------------------------------------------------------------------ article
    def text_html(self, a) -> str:
        if a.extra["layout"] == "div":
            return "\n".join(f"<div>{esc(p)}</div>" for p in a.paras)
        return '<div class="news-text">' + "<br>\n<br>\n".join(esc(p) for p in a.paras) + "</div>"

    def render_show(self, a):
        pdf = f"/files/news/{a.id}/pr-{a.id}.pdf"
        media = f'<div class="news-image"><img src="/files/news/{a.id}/cover.jpg" alt="" width="760"/></div>'
        attach = ""
        if a.extra["press"]:
            media = f'<div class="news-image news-image-large"><img src="/files/news/{a.id}/poster.jpg" alt="" width="960"/></div>'
            attach = f"""
			<div class="news-pdf">
				<object data="{pdf}" type="application/pdf" width="100%" height="720">
					<p>{PDF_FALLBACK} <a href="{pdf}">คลิกที่นี่</a></p>
				</object>
			</div>
			<div class="news-attach"><a href="{pdf}" target="_blank"><img src="/assets/icon_pdf.png" alt=""/> {PDF_LABEL}</a></div>"""
        rel = "".join(
            f'<tr><td class="rel-date">{dots(x.published)}</td><td><a href="/news/read/{x.id}">{esc(x.title)}</a></td></tr>'
            for x in self.related(a)
        )
        props = [
            ("category", "หมวดข่าว", CATEGORIES[a.extra["cat"]]),
            ("createdBy", "ผู้บันทึก", a.extra["recorder"]),
            ("readCount", "จำนวนผู้อ่าน", f"{a.views:,} ครั้ง"),
            ("agency", "หน่วยงาน", a.source or "-"),
        ]
        plist = "".join(
            f"""
				<li class="fieldcontain">
					<span id="{k}-label" class="property-label">{lab}</span>
					<span class="property-value" aria-labelledby="{k}-label">{esc(v)}</span>
				</li>"""
            for k, lab, v in props
        )
        u = quote(f"http://lamphun.dlt.example{a.path}", safe="")
        main_html = f"""		<a href="#show-news" class="skip" tabindex="-1">ข้ามไปยังเนื้อหา&hellip;</a>
		<div id="show-news" class="content scaffold-show" role="main">
			<h1>รายละเอียดข่าว</h1>
			<div class="news-detail">
			<h2 class="news-title">{esc(a.title)}</h2>
			<div class="news-date">วันที่ {be_iso(a.published)}</div>
			{media}
			<div class="news-body">
{self.text_html(a)}
			</div>{attach}
			<ol class="property-list news">{plist}
			</ol>
			<div class="news-related">
				<table class="related-table">
					<caption>{RELATED}</caption>
					<thead><tr><th>วันที่</th><th>หัวข้อ</th></tr></thead>
					<tbody>{rel}</tbody>
				</table>
			</div>
			<div class="news-tools">
				<a href="javascript:window.print()" class="print">พิมพ์หน้านี้</a> |
				<a href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank">แชร์ Facebook</a> |
				<a href="https://social-plugins.line.me/lineit/share?url={u}" target="_blank">แชร์ LINE</a> |
				<a href="/news/index">ย้อนกลับ</a>
			</div>
			</div>
		</div>"""
        return self.response(self.shell(f"{SECTION} - {OFFICE}", main_html))

    def render_not_found(self):
        main_html = f"""		<div id="show-news" class="content scaffold-show" role="main">
			<h1>รายละเอียดข่าว</h1>
			<div class="message" role="status">{NOT_FOUND}</div>
			<ol class="property-list news">
			</ol>
			<div class="news-tools"><a href="/news/index">ย้อนกลับ</a></div>
		</div>"""
        return self.response(self.shell(f"{SECTION} - {OFFICE}", main_html))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path in ("/", "/news", "/news/", "/news/list"):
            return (
                302,
                {
                    "Location": f"{base}/news/index",
                    "Set-Cookie": "JSESSIONID=5A1C0F8E7D2B94C3A6E0B1D7F2C8E4A9; Path=/; HttpOnly",
                },
                b"",
            )
        if path == "/news/index":
            return self.render_index(query)
        m = re.fullmatch(r"/news/read/(\d+)", path)
        if m:
            return 302, {"Location": f"{base}/news/show/{m[1]}"}, b""
        m = re.fullmatch(r"/news/show/(\d+)", path)
        if m:
            a = self.by_id.get(int(m[1]))
            if a is not None:
                return self.render_show(a)
            if int(m[1]) == DELETED_ID:
                return self.render_not_found()
            return None
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                OFFICE_EN,
                "รายละเอียดข่าว",
                "ขนาดตัวอักษร",
                "หมวดข่าว",
                "ผู้บันทึก",
                a.extra["recorder"],
                "จำนวนผู้อ่าน",
                f"{a.views:,} ครั้ง",
                RELATED,
                POPULAR,
                "พิมพ์หน้านี้",
                "แชร์ Facebook",
                "แชร์ LINE",
                "ย้อนกลับ",
                COUNTER,
                FOOTER,
                "Powered by Grails",
                PDF_LABEL,
                PDF_FALLBACK,
                be_iso(a.published),
                *[x.title for x in self.related(a)],
                *[x.title for x in self.popular() if x is not a],
            ]
            out.append(expected_record(a, must_not=on_page(self, a, must_not)))
        return out


SITE = GrailsNewsSite()

if __name__ == "__main__":
    main(SITE)
