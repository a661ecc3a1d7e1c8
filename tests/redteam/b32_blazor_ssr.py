"""Blind-32 red-team site (part A): **ASP.NET Core 8 Blazor Web App, static server rendering**
(the stock Blazor template kept by an in-house developer, Bootstrap 5, one interactive-server
island) run by a provincial social-development office (สำนักงานพัฒนาสังคมและความมั่นคงของ
มนุษย์จังหวัดน่าน), built blind.

What it imitates:
- Blazor fingerprints: `<base href="/" />`, `NanSocial.Web.styles.css` (CSS isolation bundle),
  `_framework/blazor.web.js`, scoped-CSS attributes `b-xxxxxxxxxx` on every element of a
  component, `<!--Blazor:{...}-->` markers around the interactive visitor-counter island, the
  antiforgery hidden field in the search form, the `#blazor-error-ui` bar ("An unhandled error
  has occurred. Reload"), `X-Powered-By`-free Kestrel headers;
- the template's shell kept: `div.page` > `div.sidebar` (NavMenu with `nav.flex-column`,
  `div.nav-item px-3`, `a.nav-link`) and `main` > `div.top-row` > **`h1` = the office name**,
  `article.content.px-4`;
- **fixed `<title>`** "ข่าวประชาสัมพันธ์ | พมจ.น่าน" on every news page (`<PageTitle>` in the
  layout), the section heading `h2` "ข่าวประชาสัมพันธ์", **the headline only in
  `p.news-headline`**;
- **the date split across a calendar badge** `span.bd-day` "๕" / `span.bd-month` "มี.ค." /
  `span.bd-year` "๖๗" (Thai digits, two-digit BE year), the time "๑๔:๒๐ น." in a separate
  `span.news-time` (some items), "แก้ไขล่าสุด ๑๒/๐๓/๒๕๖๗ ๐๙:๑๕ น." (edited items only), the
  counter "อ่านแล้ว ๑,๒๓๔ ครั้ง" in Thai digits; no ISO date anywhere;
- inside `div.news-detail` (the content container): font-size buttons "ก- ก ก+", "พิมพ์",
  share row (Facebook / LINE / X / "คัดลอกลิงก์"), the body, a photo gallery (some), an
  attachment list with download counts (some), "เรียบเรียง: office" (some), hashtag badges,
  prev/next cards with neighbour titles, "ข่าวอื่นที่น่าสนใจ" cards; relative hrefs resolved
  against `<base href="/">` (`news/1482`);
- listing `/news` with the Bootstrap pagination component `news?page=N` (1-based; page 1 also
  linked as `news?page=1`).
Deleted: a removed item: the detail component's "not found" branch renders in the layout with
status 200: "ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกนำออกจากระบบแล้ว".
"""

from __future__ import annotations

import datetime as dt
from urllib.parse import quote

from ._common import (
    MONTHS_ABBR,
    TZ,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    paginate,
    qs1,
    thai_digits,
)
from .b26a_common import drop_corpus_signoffs

OFFICE = "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัดน่าน"
SHORT = "พมจ.น่าน"
FIXED_TITLE = f"ข่าวประชาสัมพันธ์ | {SHORT}"
PER_PAGE = 9
SOURCES = [
    None,
    "กลุ่มนโยบายและวิชาการ พมจ.น่าน",
    None,
    "ศูนย์คุ้มครองคนไร้ที่พึ่งจังหวัดน่าน",
    "บ้านพักเด็กและครอบครัวจังหวัดน่าน",
    None,
    None,
]
DELETED = "/news/1467"
SITE_COUNTER = "ผู้เยี่ยมชมทั้งหมด 86,415 คน"
COOKIE = "เว็บไซต์นี้ใช้คุกกี้เพื่อให้ท่านได้รับประสบการณ์การใช้งานที่ดียิ่งขึ้น"
ERROR_UI = "An unhandled error has occurred."
# CSS-isolation scope ids, one per component
B_LAYOUT = "b-7qz3m1k8xd"
B_NAV = "b-r0c4v2w9hf"
B_NEWS = "b-2j8ltx5p0n"
B_CARD = "b-k91sdu4e7a"


def badge(d: dt.datetime, scope: str) -> str:
    return (
        f'<div class="bd-date" {scope}><span class="bd-day" {scope}>{thai_digits(d.day)}</span>'
        f'<span class="bd-month" {scope}>{MONTHS_ABBR[d.month - 1]}</span>'
        f'<span class="bd-year" {scope}>{thai_digits(str(be(d))[-2:])}</span></div>'
    )


def hm(d: dt.datetime) -> str:
    return thai_digits(f"{d:%H:%M}") + " น."


def edited(d: dt.datetime) -> str:
    return thai_digits(f"{d:%d/%m}/{be(d)} {d:%H:%M}") + " น."


def tnum(n: int) -> str:
    return thai_digits(f"{n:,}")


class BlazorSite(BaseSite):
    key = "b32_blazor_ssr"
    family = "generic"
    imitates = "ASP.NET Core 8 Blazor Web App (static SSR, stock template shell), provincial social-development office: <base href='/'>, blazor.web.js, b-xxxxxxxxxx scope attributes, Blazor comment markers, #blazor-error-ui; fixed <title>, h1 = office name, headline only in p.news-headline; date split in a calendar badge (Thai digits, 2-digit BE year) with the time in another span (some); 'แก้ไขล่าสุด' (edited only); 'อ่านแล้ว ๑,๒๓๔ ครั้ง'; font-size/print/share, gallery, attachments, 'เรียบเรียง:' (some), hashtags, prev/next and 'ข่าวอื่นที่น่าสนใจ' inside the detail container; relative hrefs under <base>; /news?page=N (1-based); deleted = not-found branch answering 200"
    listing_path = "/news"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2024, 9, 20, 15, 40, tzinfo=TZ), offset=307
        )
        drop_corpus_signoffs(arts)
        nid = 1490
        for i, a in enumerate(arts):
            nid -= 1 + (i * 3) % 2
            if f"/news/{nid}" == DELETED:
                nid -= 1
            a.id = nid
            a.path = f"/news/{a.id}"
            a.source = SOURCES[i % len(SOURCES)]
            a.extra["gallery"] = i % 4 == 1
            a.extra["files"] = i % 5 == 3
        self.articles = arts
        self.pages = paginate(arts, PER_PAGE)
        self.by_path = {a.path: a for a in arts}

    def listing_pages(self):
        return [self.listing_path] + [f"/news?page={k}" for k in range(2, len(self.pages) + 1)]

    def deleted_paths(self):
        return [DELETED]

    # ------------------------------------------------------------------ shell

    def shell(self, content):
        nav = "".join(
            f'<div class="nav-item px-3" {B_NAV}><a href="{href}" class="nav-link{act}" {B_NAV}><span class="bi {icon}" aria-hidden="true" {B_NAV}></span> {label}</a></div>'
            for href, label, icon, act in (
                ("", "หน้าแรก", "bi-house-door-fill-nav-menu", ""),
                ("about", "เกี่ยวกับหน่วยงาน", "bi-info-circle", ""),
                ("news", "ข่าวประชาสัมพันธ์", "bi-newspaper", " active"),
                ("services", "บริการประชาชน", "bi-people", ""),
                ("procurement", "จัดซื้อจัดจ้าง", "bi-cart", ""),
                ("ita", "ITA", "bi-shield-check", ""),
                ("contact", "ติดต่อเรา", "bi-telephone", ""),
            )
        )
        return f"""<!DOCTYPE html>
<html lang="th">

<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <base href="/" />
    <link rel="stylesheet" href="lib/bootstrap/dist/css/bootstrap.min.css" />
    <link rel="stylesheet" href="lib/bootstrap-icons/font/bootstrap-icons.min.css" />
    <link rel="stylesheet" href="app.css" />
    <link rel="stylesheet" href="NanSocial.Web.styles.css" />
    <link rel="icon" type="image/png" href="favicon.png" />
    <title>{FIXED_TITLE}</title>
</head>

<body>
    <div class="page" {B_LAYOUT}><div class="sidebar" {B_LAYOUT}><div class="top-row ps-3 navbar navbar-dark" {B_NAV}><div class="container-fluid" {B_NAV}><a class="navbar-brand" href="" {B_NAV}>{SHORT}</a></div></div>

<input type="checkbox" title="Navigation menu" class="navbar-toggler" {B_NAV} />

<div class="nav-scrollable" onclick="document.querySelector('.navbar-toggler').click()" {B_NAV}><nav class="flex-column" {B_NAV}>{nav}</nav></div>
<div class="visitor-box px-3" {B_NAV}><!--Blazor:{{"type":"server","prerenderId":"7b1f0c2e9a4d4f0d","key":{{"locationHash":"5E3C0A1B:0","formattedComponentKey":""}},"sequence":0,"descriptor":"CfDJ8N3kq0vZ1lJHqR2yXo"}}--><div class="visitor-counter" {B_NAV}><small {B_NAV}>สถิติผู้เยี่ยมชม</small><div {B_NAV}>วันนี้ 241 คน</div><div {B_NAV}>{SITE_COUNTER}</div></div><!--Blazor:{{"prerenderId":"7b1f0c2e9a4d4f0d"}}--></div></div>

    <main {B_LAYOUT}><div class="top-row px-4" {B_LAYOUT}><img src="images/logo-msdhs.png" alt="ตรากระทรวง" height="48" {B_LAYOUT} /><h1 class="site-name" {B_LAYOUT}>{OFFICE}</h1><form method="get" action="search" class="ms-auto d-flex" {B_LAYOUT}><input type="hidden" name="__RequestVerificationToken" value="CfDJ8N3kq0vZ1lJHqR2yXoAbGQe7Uu1" /><input class="form-control form-control-sm" type="search" name="q" placeholder="ค้นหา" {B_LAYOUT} /></form></div>

        <article class="content px-4" {B_LAYOUT}>{content}</article></main></div>
<footer class="site-footer px-4 py-3" {B_LAYOUT}><p {B_LAYOUT}>{OFFICE} ศาลากลางจังหวัดน่าน ถนนน่าน-พะเยา ตำบลดู่ใต้ อำเภอเมืองน่าน จังหวัดน่าน 55000 โทร. 0-5471-6051</p><p {B_LAYOUT}>สายด่วน พม. 1300 ตลอด 24 ชั่วโมง</p></footer>
<div class="cookie-consent alert alert-secondary fixed-bottom m-0" role="alert" {B_LAYOUT}>{COOKIE} <button type="button" class="btn btn-sm btn-primary" data-cookie-string="consent=yes; expires=Fri, 31 Dec 2027 23:59:59 GMT; path=/">ยอมรับ</button></div>
<div id="blazor-error-ui" {B_LAYOUT}>
    {ERROR_UI}
    <a href="" class="reload" {B_LAYOUT}>Reload</a>
    <a class="dismiss" {B_LAYOUT}>🗙</a></div>
    <script src="_framework/blazor.web.js"></script>
</body>

</html>
"""

    # ------------------------------------------------------------------ listing

    def card(self, title, href, a):
        thumb = f'<img src="uploads/news/{a.id}/cover.jpg" class="card-img-top" alt="" loading="lazy" {B_CARD} />'
        time = (
            f'<span class="news-time" {B_CARD}><i class="bi bi-clock" {B_CARD}></i> {hm(a.published)}</span>'
            if a.time_printed
            else ""
        )
        return f"""<div class="col" {B_CARD}><div class="card h-100 news-card" {B_CARD}><a href="{href}" {B_CARD}>{thumb}</a><div class="card-body d-flex" {B_CARD}>{badge(a.published, B_CARD)}<div class="ms-2" {B_CARD}><h5 class="card-title" {B_CARD}><a href="{href}" class="stretched-link" {B_CARD}>{esc(title)}</a></h5>{time}<span class="news-views" {B_CARD}><i class="bi bi-eye" {B_CARD}></i> {tnum(a.views)}</span></div></div></div></div>
"""

    def pager(self, k):
        n = len(self.pages)
        items = [
            f'<li class="page-item{" disabled" if k == 1 else ""}"><a class="page-link" href="news?page={max(k - 1, 1)}" aria-label="ก่อนหน้า"><span aria-hidden="true">&laquo;</span></a></li>'
        ]
        for j in range(1, n + 1):
            active = ' active" aria-current="page' if j == k else ""
            items.append(
                f'<li class="page-item{active}"><a class="page-link" href="news?page={j}">{j}</a></li>'
            )
        items.append(
            f'<li class="page-item{" disabled" if k == n else ""}"><a class="page-link" href="news?page={min(k + 1, n)}" aria-label="ถัดไป"><span aria-hidden="true">&raquo;</span></a></li>'
        )
        return f'<nav aria-label="Page navigation"><ul class="pagination justify-content-center">{"".join(items)}</ul></nav>'

    def listing(self, k):
        rows = [self.card(a.title, a.path.lstrip("/"), a) for a in self.pages[k - 1]]
        if k == 2:
            ghost = self.pages[1][4]
            rows.insert(
                5,
                self.card(
                    "พมจ.น่าน มอบเงินสงเคราะห์ครอบครัวผู้มีรายได้น้อยและผู้ไร้ที่พึ่ง อำเภอท่าวังผา",
                    DELETED.lstrip("/"),
                    ghost,
                ),
            )
        content = f"""<nav aria-label="breadcrumb" {B_NEWS}><ol class="breadcrumb" {B_NEWS}><li class="breadcrumb-item" {B_NEWS}><a href="" {B_NEWS}>หน้าแรก</a></li><li class="breadcrumb-item active" {B_NEWS}>ข่าวประชาสัมพันธ์</li></ol></nav>
<h2 class="section-title" {B_NEWS}>ข่าวประชาสัมพันธ์</h2>
<p class="text-muted small" {B_NEWS}>ทั้งหมด {len(self.articles)} รายการ หน้า {k}/{len(self.pages)}</p>
<div class="row row-cols-1 row-cols-md-3 g-3" {B_NEWS}>
{"".join(rows)}</div>
{self.pager(k)}"""
        return self.shell(content)

    # ------------------------------------------------------------------ detail

    def neighbours(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        return newer, older

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 3, i + 5, i - 4) if 0 <= j < len(self.articles)][:3]

    def detail(self, a):
        s = B_NEWS
        newer, older = self.neighbours(a)
        rel = f"news/{a.id}"
        time = (
            f'<span class="news-time" {s}><i class="bi bi-clock" {s}></i> {hm(a.published)}</span>'
            if a.time_printed
            else ""
        )
        mod = (
            f'<span class="news-edited" {s}>แก้ไขล่าสุด {edited(a.modified)}</span>'
            if a.modified
            else ""
        )
        share_url = quote(f"https://www.nan.m-society.go.th/{rel}", safe="")
        body = "".join(f"<p {s}>{esc(p)}</p>" for p in a.paras)
        gallery = ""
        if a.extra["gallery"]:
            imgs = "".join(
                f'<div class="col-4" {s}><a href="uploads/news/{a.id}/{j}.jpg" data-lightbox="news{a.id}" {s}><img src="uploads/news/{a.id}/thumb_{j}.jpg" class="img-fluid rounded" alt="" {s} /></a></div>'
                for j in range(1, 7)
            )
            gallery = f'<div class="news-gallery" {s}><h6 {s}>ภาพกิจกรรม</h6><div class="row g-2" {s}>{imgs}</div></div>'
        files = ""
        if a.extra["files"]:
            files = f'<div class="news-files" {s}><h6 {s}>เอกสารที่เกี่ยวข้อง</h6><ul class="list-unstyled" {s}><li {s}><i class="bi bi-file-earmark-pdf text-danger" {s}></i> <a href="files/download/{a.id * 10 + 1}" {s}>หนังสือแจ้งหน่วยงาน.pdf</a> <small class="text-muted" {s}>(ดาวน์โหลด {tnum(a.views // 11)} ครั้ง)</small></li></ul></div>'
        source = (
            f'<p class="news-source text-end" {s}>เรียบเรียง: {esc(a.source)}</p>' if a.source else ""
        )
        tags = ""
        if a.tags:
            tags = (
                f'<div class="news-tags" {s}>'
                + "".join(
                    f'<a class="badge rounded-pill text-bg-light" href="news?tag={quote(t)}" {s}>#{esc(t)}</a> '
                    for t in a.tags
                )
                + "</div>"
            )
        pn = f'<div class="row news-prevnext mt-4" {s}>'
        if older:
            pn += f'<div class="col-6" {s}><a href="{older.path.lstrip("/")}" class="card p-2" {s}><small {s}>&laquo; ข่าวก่อนหน้า</small><span {s}>{esc(older.title)}</span></a></div>'
        if newer:
            pn += f'<div class="col-6 text-end" {s}><a href="{newer.path.lstrip("/")}" class="card p-2" {s}><small {s}>ข่าวถัดไป &raquo;</small><span {s}>{esc(newer.title)}</span></a></div>'
        pn += "</div>"
        oth = "".join(self.card(o.title, o.path.lstrip("/"), o) for o in self.others(a))
        content = f"""<nav aria-label="breadcrumb" {s}><ol class="breadcrumb" {s}><li class="breadcrumb-item" {s}><a href="" {s}>หน้าแรก</a></li><li class="breadcrumb-item" {s}><a href="news" {s}>ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active" {s}>รายละเอียดข่าว</li></ol></nav>
<h2 class="section-title" {s}>ข่าวประชาสัมพันธ์</h2>
<div class="news-detail card p-3" {s}>
<div class="d-flex align-items-start" {s}>{badge(a.published, s)}<div class="ms-3 flex-grow-1" {s}><p class="news-headline" {s}>{esc(a.title)}</p><div class="news-meta text-muted small" {s}>{time} <span class="news-views" {s}><i class="bi bi-eye" {s}></i> อ่านแล้ว {tnum(a.views)} ครั้ง</span> {mod}</div></div></div>
<div class="news-tools d-flex justify-content-between border-bottom pb-2 mb-3" {s}><div class="font-tools" {s}><button type="button" class="btn btn-sm btn-outline-secondary" {s}>ก-</button><button type="button" class="btn btn-sm btn-outline-secondary" {s}>ก</button><button type="button" class="btn btn-sm btn-outline-secondary" {s}>ก+</button> <button type="button" class="btn btn-sm btn-outline-secondary" onclick="window.print()" {s}><i class="bi bi-printer" {s}></i> พิมพ์</button></div><div class="share-tools" {s}><span {s}>แบ่งปัน:</span> <a href="https://www.facebook.com/sharer/sharer.php?u={share_url}" target="_blank" {s}><i class="bi bi-facebook" {s}></i></a> <a href="https://social-plugins.line.me/lineit/share?url={share_url}" target="_blank" {s}><i class="bi bi-line" {s}></i></a> <a href="https://x.com/intent/post?url={share_url}" target="_blank" {s}><i class="bi bi-twitter-x" {s}></i></a> <button type="button" class="btn btn-sm btn-link" {s}>คัดลอกลิงก์</button></div></div>
<div class="news-body" {s}>{body}</div>
{gallery}{files}{source}{tags}
{pn}
<h5 class="mt-4" {s}>ข่าวอื่นที่น่าสนใจ</h5>
<div class="row row-cols-1 row-cols-md-3 g-3" {s}>{oth}</div>
</div>"""
        return self.shell(content)

    def not_found(self):
        s = B_NEWS
        content = f"""<nav aria-label="breadcrumb" {s}><ol class="breadcrumb" {s}><li class="breadcrumb-item" {s}><a href="" {s}>หน้าแรก</a></li><li class="breadcrumb-item" {s}><a href="news" {s}>ข่าวประชาสัมพันธ์</a></li><li class="breadcrumb-item active" {s}>รายละเอียดข่าว</li></ol></nav>
<h2 class="section-title" {s}>ข่าวประชาสัมพันธ์</h2>
<div class="news-detail card p-3" {s}><div class="alert alert-warning mb-0" role="alert" {s}><i class="bi bi-exclamation-triangle" {s}></i> ไม่พบข่าวที่ท่านต้องการ หรือข่าวนี้ถูกนำออกจากระบบแล้ว</div><a href="news" class="btn btn-primary mt-3" {s}>กลับหน้ารวมข่าว</a></div>"""
        return self.shell(content)

    def route(self, path, query, raw_query, base):
        if path == "/news":
            k = qs1(query, "page", "1")
            if not k.isdigit() or not 1 <= int(k) <= len(self.pages):
                return None
            return self.html_response(self.listing(int(k)))
        if path in self.by_path:
            return self.html_response(self.detail(self.by_path[path]))
        if path == DELETED:
            return self.html_response(self.not_found())
        if path == "/":
            return 302, {"Location": base + "/news"}, b""
        return None

    def expected(self):
        out = []
        for a in self.articles:
            newer, older = self.neighbours(a)
            must_not = [
                f"อ่านแล้ว {tnum(a.views)} ครั้ง",
                "แก้ไขล่าสุด",
                "แบ่งปัน:",
                "คัดลอกลิงก์",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "ข่าวอื่นที่น่าสนใจ",
                "รายละเอียดข่าว",
                "สถิติผู้เยี่ยมชม",
                SITE_COUNTER,
                COOKIE,
                ERROR_UI,
                "สายด่วน พม. 1300",
                "ถนนน่าน-พะเยา ตำบลดู่ใต้",
            ]
            if a.time_printed:
                must_not.append(hm(a.published))
            must_not += [n.title for n in (newer, older) if n]
            must_not += [o.title for o in self.others(a)]
            if a.extra["gallery"]:
                must_not.append("ภาพกิจกรรม")
            if a.extra["files"]:
                must_not += ["หนังสือแจ้งหน่วยงาน.pdf", f"ดาวน์โหลด {tnum(a.views // 11)} ครั้ง"]
            must_not += [f"#{t}" for t in a.tags]
            out.append(expected_record(a, must_not=must_not))
        return out


SITE = BlazorSite()

if __name__ == "__main__":
    main(SITE)
