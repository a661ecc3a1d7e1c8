"""Blind-24 red-team site: the flat-file CMS **Grav 1.7** with a child of the stock **Quark**
theme, a provincial energy office (สำนักงานพลังงานจังหวัดตราด), built blind.

What it imitates:
- Grav fingerprints: `<meta name="generator" content="GravCMS" />`, `/user/themes/quark/…`
  (Spectre.css, `css-compiled/theme.min.css`), `/user/pages/02.news/<folder>/…` media,
  the feed plugin's `/news.rss`;
- Grav's **colon parameters**: the blog page `/news` pages as **`/news/page:2`, `/news/page:3`**
  (pagination plugin, `ul.pagination`), tag links `/news/tag:<tag>`;
- Quark's shell: `section#header` navbar, a hero on every page with **`h1` = the section name
  "ข่าวประชาสัมพันธ์"**, `section#body-wrapper.blog-listing`, `div#item` and `div#sidebar`
  (search "ค้นหา…", relatedpages "ข่าวที่เกี่ยวข้อง" with three headlines, taxonomylist
  "แท็กยอดนิยม", archives "คลังข่าว" with English month names, "ติดตาม" RSS/Atom), a
  cookieconsent banner, footer;
- the item: `div.content-item.h-entry` > `div.content-title` with **the headline in
  `h2.p-name`**, `span.blog-date` > `time.dt-published` whose **`datetime` is ISO 8601 with the
  time while the text is PHP's English short date "15 Feb 2024"** (Grav's `date()` ignores the
  Thai locale), the page-stats counter **"เข้าชม ๑,๒๓๔ ครั้ง" in Thai digits**, an
  "ปรับปรุงล่าสุด ๑๖ ก.พ. ๒๕๖๗ เวลา ๑๔.๒๐ น." line (Thai digits, BE) **only on edited items**, tag
  labels; `div.e-content` with the text (an image on some items, a "ดาวน์โหลดเอกสาร" link on
  others, "ที่มา :" / "ข่าว/ภาพ :" on some) and **a share shortcode "แชร์ข่าวนี้" inside it**;
  Quark's prev/next buttons "ข่าวถัดไป" / "ข่าวก่อนหน้า" (labels only);
- deleted: a page switched to `access: site.login` — 200 with the login plugin's form
  ("กรุณาเข้าสู่ระบบเพื่อเข้าถึงหน้านี้").
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, be, esc, main, thai_digits
from .b22c_common import B9Site, build, neighbours, record

OFFICE = "สำนักงานพลังงานจังหวัดตราด"
SOURCES = [None, "กลุ่มงานยุทธศาสตร์พลังงาน พน.ตราด", "สำนักงานประชาสัมพันธ์จังหวัดตราด", None]
DELETED = "/news/pr-67-community-award"
EN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
EN_FULL = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def en_short(d: dt.datetime) -> str:
    return f"{d.day:02d} {EN[d.month - 1]} {d.year}"


def th_mod(d: dt.datetime) -> str:
    return thai_digits(
        f"{d.day} {MONTHS_ABBR[d.month - 1]} {be(d)} เวลา {d.hour:02d}.{d.minute:02d} น."
    )


class GravSite(B9Site):
    key = "b24_grav_quark"
    family = "generic"
    imitates = "Grav 1.7 flat-file CMS, Quark child theme, provincial energy office: /news, /news/page:2 (colon params), items /news/pr-67-MMDD; hero h1 = section name, headline h2.p-name; time.dt-published datetime ISO with English 'd M Y' text; page-stats 'เข้าชม N ครั้ง' in Thai digits; 'ปรับปรุงล่าสุด' Thai-digit BE line only on edited items; share shortcode inside e-content; relatedpages/taxonomylist/archives sidebar; deleted = login plugin form (200)"
    listing_path = "/news"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 25, 63, dt.datetime(2024, 4, 2, 16, 0), first_id=200, step=1
        )
        seen = set()
        for i, a in enumerate(self.articles):
            a.source = SOURCES[i % len(SOURCES)]
            a.time_printed = True
            slug = f"pr-67-{a.published:%m%d}"
            while slug in seen:
                slug += "-1"
            seen.add(slug)
            a.path = f"/news/{slug}"
            a.extra["edited"] = a.modified is not None
            a.extra["label"] = "ข่าว/ภาพ :" if i % 3 == 1 else "ที่มา :"
            a.extra["image"] = i % 4 == 2
            a.extra["attach"] = i % 5 == 1
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news/page:{k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def extra_route(self, key, query):
        if key == "/news/page:1":
            return self.html_response(self.listing(0))
        if key == "/news.rss":
            items = "".join(
                f"<item><title>{esc(a.title)}</title><link>https://trat.energy.go.th{a.path}</link><guid>https://trat.energy.go.th{a.path}</guid><pubDate>{a.published:%a, %d %b %Y %H:%M:%S} +0700</pubDate></item>"
                for a in self.articles[:10]
            )
            rss = f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>ข่าวประชาสัมพันธ์</title><link>https://trat.energy.go.th/news</link><generator>GravCMS</generator>{items}</channel></rss>'
            return 200, {"Content-Type": "application/rss+xml; charset=utf-8"}, rss.encode()
        return None

    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i - 3, i + 4) if 0 <= j < len(self.articles)]

    def shell(self, title, main_html, sidebar, body_cls="blog-listing"):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
    <meta charset="utf-8" />
    <title>{esc(title)} | {OFFICE}</title>
    <meta http-equiv="X-UA-Compatible" content="IE=edge">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="GravCMS" />
    <meta name="description" content="{OFFICE} กระทรวงพลังงาน" />
    <link rel="icon" type="image/png" href="/user/themes/quark/images/favicon.png" />
    <link href="/user/plugins/markdown-notices/assets/notices.css" type="text/css" rel="stylesheet">
    <link href="/user/plugins/form/assets/form-styles.css" type="text/css" rel="stylesheet">
    <link href="/user/plugins/login/css/login.css" type="text/css" rel="stylesheet">
    <link href="/user/themes/quark/css-compiled/spectre.min.css" type="text/css" rel="stylesheet">
    <link href="/user/themes/quark/css-compiled/theme.min.css" type="text/css" rel="stylesheet">
    <link href="/user/themes/quark-trat/css/custom.css" type="text/css" rel="stylesheet">
    <link href="/user/themes/quark/css/line-awesome.min.css" type="text/css" rel="stylesheet">
    <link rel="alternate" type="application/rss+xml" title="ข่าวประชาสัมพันธ์ RSS" href="/news.rss" />
    <script src="/system/assets/jquery/jquery-3.x.min.js"></script>
    <script src="/user/plugins/cookieconsent/assets/cookieconsent.min.js"></script>
</head>
<body id="top" class=" header-fixed header-animated sticky-footer">
    <div id="page-wrapper">
            <section id="header" class="section">
            <section class="container grid-lg">
                <nav class="navbar">
                    <section class="navbar-section logo">
                        <a href="/" class="navbar-brand mr-10"><img src="/user/themes/quark-trat/images/logo-energy.png" alt="{OFFICE}" /></a>
                    </section>
                    <section class="navbar-section desktop-menu">
                        <nav class="dropmenu animated">
                            <ul class="navigation">
                                <li><a href="/" class="">หน้าแรก</a></li>
                                <li><a href="/about" class="">เกี่ยวกับหน่วยงาน</a></li>
                                <li><a href="/news" class="active">ข่าวประชาสัมพันธ์</a></li>
                                <li><a href="/ita" class="">ITA</a></li>
                                <li><a href="/contact" class="">ติดต่อเรา</a></li>
                            </ul>
                        </nav>
                    </section>
                </nav>
            </section>
        </section>
        <div class="mobile-menu"><div class="button_container" id="toggle"><span class="top"></span><span class="middle"></span><span class="bottom"></span></div></div>

        <section id="start">
            <section id="blog-hero" class="section modular-hero hero text-light parallax title-h1h2 overlay-dark-gradient hero-tiny" style="background-image: url('/user/pages/02.news/trat-hero.jpg');">
                <div class="image-overlay"></div>
                <section class="container grid-lg" style="text-align: center">
                    <h1>ข่าวประชาสัมพันธ์</h1>
                    <h2>{OFFICE}</h2>
                </section>
            </section>
            <section id="body-wrapper" class="section {body_cls}">
                <section class="container grid-lg">
                    <div class="columns">
                        <div id="item" class="column col-9 col-md-12 extra-spacing">
{main_html}
                        </div>
                        <div id="sidebar" class="column col-3 col-md-12">
{sidebar}
                        </div>
                    </div>
                </section>
            </section>
        </section>
    </div>
    <section id="footer" class="section bg-gray">
        <section class="container grid-lg">
            <p>{OFFICE} ศาลากลางจังหวัดตราด (ชั้น 3) ถนนราษฎร์นิยม อำเภอเมืองตราด 23000 โทร 0-3951-1235 · <a href="http://getgrav.org">Grav</a> was made with <i class="fa fa-heart-o pulse"></i> by <a href="https://trilby.media">Trilby Media</a>.</p>
        </section>
    </section>
    <script>
    window.addEventListener("load", function(){{
    window.cookieconsent.initialise({{
        "palette": {{"popup": {{"background": "#000000"}}, "button": {{"background": "#f1d600"}}}},
        "position": "bottom",
        "content": {{"message": "เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งานของท่าน", "dismiss": "ยอมรับ", "link": "นโยบายคุกกี้", "href": "/cookie-policy"}}
    }})}});
    </script>
    <script src="/user/themes/quark/js/jquery.treemenu.js"></script>
    <script src="/user/themes/quark/js/site.js"></script>
</body>
</html>
"""

    def sidebar(self, a=None):
        rel = ""
        if a is not None:
            lis = "".join(
                f'<li><span class="score">{90 - 7 * j}</span><a href="{r.path}">{esc(r.title)}</a></li>'
                for j, r in enumerate(self.related(a))
            )
            rel = f'<div class="sidebar-content"><h4>ข่าวที่เกี่ยวข้อง</h4><ul class="related-pages menu">{lis}</ul></div>'
        return f"""<div class="sidebar-content">
    <div class="search-wrapper">
        <form name="search" data-simplesearch-form>
            <input name="searchfield" class="search-input form-input" type="text" data-min="3" required placeholder="ค้นหา…" value="" data-search-invalid="กรุณาพิมพ์อย่างน้อย 3 ตัวอักษร" data-search-separator=":" data-search-input="/search/query" />
        </form>
    </div>
</div>
{rel}
<div class="sidebar-content">
    <h4>แท็กยอดนิยม</h4>
    <span class="tags"><a class="label label-rounded" href="/news/tag:พลังงาน">พลังงาน</a><a class="label label-rounded" href="/news/tag:โซลาร์เซลล์">โซลาร์เซลล์</a><a class="label label-rounded" href="/news/tag:ประหยัดพลังงาน">ประหยัดพลังงาน</a></span>
</div>
<div class="sidebar-content">
    <h4>คลังข่าว</h4>
    <ul class="archives"><li><a href="/news/archives_month:mar_2024">March 2024 <span class="label label-rounded label-primary">9</span></a></li><li><a href="/news/archives_month:feb_2024">February 2024 <span class="label label-rounded label-primary">8</span></a></li><li><a href="/news/archives_month:jan_2024">January 2024 <span class="label label-rounded label-primary">8</span></a></li></ul>
</div>
<div class="sidebar-content syndicate">
    <h4>ติดตาม</h4>
    <a class="btn" href="/news.atom"><i class="fa fa-rss-square"></i> Atom 1.0</a>
    <a class="btn" href="/news.rss"><i class="fa fa-rss-square"></i> RSS</a>
</div>"""

    def tags(self, a):
        if not a.tags:
            return ""
        return (
            '<span class="tags">'
            + "".join(
                f'<a href="/news/tag:{esc(t)}" class="label label-rounded label-secondary p-category">{esc(t)}</a>'
                for t in a.tags
            )
            + "</span>"
        )

    def date(self, a):
        return f'<span class="blog-date"><time class="dt-published" datetime="{a.published.isoformat()}"><i class="fa fa-calendar"></i> {en_short(a.published)}</time></span>'

    def listing(self, k):
        cards = []
        for a in self.pages[k]:
            cards.append(f"""<div class="column col-12">
<div class="card">
    <div class="card-header">
        <div class="card-subtitle text-gray">{self.date(a)}</div>
        <div class="card-title"><h5 class="p-name mt-1"><a href="{a.path}" class="u-url">{esc(a.title)}</a></h5></div>
    </div>
    <div class="card-body">{esc(a.paras[0][:220])}…</div>
    <div class="card-footer">{self.tags(a)}</div>
</div>
</div>""")
            if k == 1 and len(cards) == 4:
                cards.append(f"""<div class="column col-12">
<div class="card">
    <div class="card-header">
        <div class="card-subtitle text-gray"><span class="blog-date"><time class="dt-published" datetime="2024-03-11T09:15:00+07:00"><i class="fa fa-calendar"></i> 11 Mar 2024</time></span></div>
        <div class="card-title"><h5 class="p-name mt-1"><a href="{DELETED}" class="u-url">ประกาศผลการคัดเลือกชุมชนต้นแบบพลังงานทดแทน ปี 2567</a></h5></div>
    </div>
    <div class="card-body">สำนักงานพลังงานจังหวัดตราด ประกาศรายชื่อชุมชน…</div>
</div>
</div>""")
        n = len(self.pages)
        pag = []
        if k > 0:
            pag.append(
                f'<li class="page-item"><a href="{self.page_url(k - 1)}"><i class="fa fa-angle-left"></i></a></li>'
            )
        for m in range(n):
            cls = "page-item active" if m == k else "page-item"
            pag.append(f'<li class="{cls}"><a href="{self.page_url(m)}">{m + 1}</a></li>')
        if k < n - 1:
            pag.append(
                f'<li class="page-item"><a href="{self.page_url(k + 1)}"><i class="fa fa-angle-right"></i></a></li>'
            )
        html = f"""<div class="columns">
{"".join(cards)}
</div>
<div id="listing-footer"><ul class="pagination">{"".join(pag)}</ul></div>"""
        return self.shell("ข่าวประชาสัมพันธ์", html, self.sidebar())

    def text(self, a):
        out = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["image"]:
            out.insert(
                1,
                f'<p><img alt="ภาพกิจกรรม" src="/user/pages/02.news/{a.path.split("/")[-1]}/img-01.jpg" /></p>',
            )
        if a.source:
            out.append(f"<p><strong>{a.extra['label']}</strong> {esc(a.source)}</p>")
        if a.extra["attach"]:
            out.append(
                f'<p><a href="/user/pages/02.news/{a.path.split("/")[-1]}/doc.pdf" target="_blank">📄 ดาวน์โหลดเอกสาร (PDF)</a></p>'
            )
        u = f"https://trat.energy.go.th{a.path}"
        out.append(
            f'<div class="share-buttons"><span class="share-label">แชร์ข่าวนี้ :</span> <a class="share-facebook" href="https://www.facebook.com/sharer/sharer.php?u={u}" target="_blank">Facebook</a> <a class="share-line" href="https://social-plugins.line.me/lineit/share?url={u}" target="_blank">LINE</a> <a class="share-x" href="https://twitter.com/intent/tweet?url={u}" target="_blank">X</a></div>'
        )
        return "\n".join(out)

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        mod = (
            f'<span class="blog-modified">ปรับปรุงล่าสุด {th_mod(a.modified)}</span>'
            if a.extra["edited"]
            else ""
        )
        nav = []
        if newer:
            nav.append(
                f'<a class="btn" href="{newer.path}"><i class="fa fa-angle-left"></i> ข่าวถัดไป</a>'
            )
        if older:
            nav.append(
                f'<a class="btn" href="{older.path}">ข่าวก่อนหน้า <i class="fa fa-angle-right"></i></a>'
            )
        html = f"""<div class="content-item h-entry">
    <div class="content-title text-center">
        <h2 class="p-name mt-1"><a href="{a.path}" class="u-url">{esc(a.title)}</a></h2>
        {self.date(a)}
        <span class="blog-views"><i class="fa fa-eye"></i> เข้าชม {thai_digits(f"{a.views:,}")} ครั้ง</span>
        {mod}
        {self.tags(a)}
    </div>
    <div class="e-content">
{self.text(a)}
    </div>
</div>
<p class="prev-next text-center">{" ".join(nav)}</p>"""
        return self.shell(a.title, html, self.sidebar(a), body_cls="blog-item")

    def deleted(self):
        html = """<div class="content-item">
<div id="grav-login">
    <div class="notices yellow"><p>กรุณาเข้าสู่ระบบเพื่อเข้าถึงหน้านี้</p></div>
    <h4>เข้าสู่ระบบ</h4>
    <form method="post" action="/news/pr-67-community-award" class="login-form">
        <div class="form-field"><div class="form-label"><label>ชื่อผู้ใช้</label></div><div class="form-data"><input name="username" type="text" class="form-input" required autofocus /></div></div>
        <div class="form-field"><div class="form-label"><label>รหัสผ่าน</label></div><div class="form-data"><input name="password" type="password" class="form-input" required /></div></div>
        <div class="form-actions secondary-accent"><a class="button secondary" href="/forgot_password">ลืมรหัสผ่าน</a><button class="button primary" type="submit" name="task" value="login.login">เข้าสู่ระบบ</button></div>
    </form>
</div>
</div>"""
        return self.shell("เข้าสู่ระบบ", html, self.sidebar(), body_cls="default")

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                en_short(a.published),
                f"เข้าชม {thai_digits(f'{a.views:,}')} ครั้ง",
                "ปรับปรุงล่าสุด",
                "แชร์ข่าวนี้",
                "ดาวน์โหลดเอกสาร (PDF)",
                "ข่าวถัดไป",
                "ข่าวก่อนหน้า",
                "ข่าวที่เกี่ยวข้อง",
                *[r.title for r in self.related(a)],
                "แท็กยอดนิยม",
                "คลังข่าว",
                "March 2024",
                "เว็บไซต์นี้ใช้คุกกี้",
                "ถนนราษฎร์นิยม",
                "ข่าวประชาสัมพันธ์",
                "เกี่ยวกับหน่วยงาน",
                "Trilby Media",
            ]
            out.append(record(self, a, must_not, modified=a.extra["edited"], modified_time=True))
        return out


SITE = GravSite()

if __name__ == "__main__":
    main(SITE)
