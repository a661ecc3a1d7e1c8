"""Blind-24 red-team site: a department portal on **Symfony 6.4 + Twig + KnpPaginatorBundle**
(Bootstrap 5 template, Webpack Encore assets, Stimulus controllers), a skills-development
department (กรมพัฒนาฝีมือแรงงาน), built blind.

What it imitates:
- a Symfony route `/th/news` filtered by `?category=pr`; KnpPaginator's Bootstrap 5 sliding
  pagination merges `page` into the current query: `/th/news?category=pr&page=2` (its "1" and
  "«" links carry an explicit `&page=1`, which the controller also answers);
  articles `/th/news/view/<id>` (no slug: the AsciiSlugger was dropped for Thai titles);
- Twig base layout: PDPA cookie bar, top bar with the font-size tool ("ก-" "ก" "ก+") and
  contrast switch, navbar brand, `ol.breadcrumb` **ending in the headline**, `h1` = the section
  "ข่าวประชาสัมพันธ์" (the page's only `h1`), `<title>` = the department name only (the same
  on every page), footer address and a site-wide visitor counter;
- the detail card: a **calendar badge with the date split over three spans in Thai digits and
  a two-digit BE year** (`๑๕` / `ก.พ.` / `๖๗`), the time in its own element "๑๔:๒๐ น." (for
  items entered with a time), the **headline in `h2.news-detail__title`**, "เข้าชม ๑,๒๓๔ ครั้ง"
  (Thai digits), "แก้ไขล่าสุด ๑๗/๐๔/๒๕๖๗ ๑๒:๑๗ น." only for edited items; the body in
  `div.news-detail__body` (CKEditor `<p>`s; typed "ภาพ/ข่าว :" last line for some items);
  inside the same card: a photo gallery "ภาพกิจกรรม" (some), "เอกสารแนบ" list (some), the
  structured "ที่มา" field row (other sourced items), hashtag badges, a share bar "แบ่งปัน",
  print button, prev/next "ข่าวก่อนหน้า" / "ข่าวถัดไป" with titles, and "ข่าวอื่น ๆ ในหมวดเดียวกัน"
  cards with their Thai-digit dates;
- `og:title` / `og:description` metas but no `article:*` times and no JSON-LD;
- the deleted id (unpublished): 200, the layout with "ไม่พบข้อมูลข่าวที่ท่านต้องการ" only.
"""

from __future__ import annotations

import datetime as dt

from ._common import MONTHS_ABBR, be, esc, main, thai_digits
from .b8_common import record
from .b20b_common import B9Site, build, neighbours

DEPT = "กรมพัฒนาฝีมือแรงงาน"
SOURCES = [
    "สถาบันพัฒนาฝีมือแรงงาน 9 พิษณุโลก",
    None,
    "กองประชาสัมพันธ์ กรมพัฒนาฝีมือแรงงาน",
    "สำนักงานพัฒนาฝีมือแรงงานนนทบุรี",
    "ศูนย์ประชาสัมพันธ์ กระทรวงแรงงาน",
]
LIST = "/th/news?category=pr"
DELETED_ID = 5128
TAGS = {
    "ประชาสัมพันธ์": "ข่าวกรม",
    "เศรษฐกิจ": "แรงงานมีฝีมือ",
    "การศึกษา": "ฝึกอบรม",
}


def badge(d: dt.datetime) -> str:
    return (
        '<div class="date-badge" aria-hidden="true">'
        f'<span class="date-badge__d">{thai_digits(d.day)}</span>'
        f'<span class="date-badge__m">{MONTHS_ABBR[d.month - 1]}</span>'
        f'<span class="date-badge__y">{thai_digits(str(be(d))[-2:])}</span></div>'
    )


def short(d: dt.datetime) -> str:
    """'๑๕ ก.พ. ๖๗' (the other-news cards)."""
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def stamp(d: dt.datetime) -> str:
    return thai_digits(f"{d.day:02d}/{d.month:02d}/{be(d)} {d:%H:%M}") + " น."


class SymfonyKnpSite(B9Site):
    key = "b24_symfony_knp"
    family = "generic"
    imitates = (
        "Symfony 6.4 + Twig + KnpPaginator (Bootstrap 5) department portal: /th/news?category=pr"
        "&page=N, /th/news/view/<id>; same <title> everywhere, h1 = section, headline in "
        "h2.news-detail__title; date split over three spans (Thai digits, 2-digit BE year), time in "
        "its own element; 'เข้าชม ๑,๒๓๔ ครั้ง'; 'แก้ไขล่าสุด' only when edited; gallery, attachments, "
        "ที่มา field, hashtags, share, prev/next titles, other-news cards inside the card; "
        "deleted = 200 'ไม่พบข้อมูลข่าว'"
    )
    listing_path = LIST
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 22, 5, SOURCES, dt.datetime(2024, 2, 27, 17, 0), first_id=5101, step=2
        )
        for i, a in enumerate(self.articles):
            a.path = f"/th/news/view/{a.id}"
            a.tags = [TAGS.get(t, t) for t in a.tags]
            a.extra["edited"] = a.modified is not None
            a.extra["typed"] = a.source is not None and i % 3 == 0  # typed line, else field
            a.extra["gallery"] = i % 4 == 2
            a.extra["files"] = i % 5 == 1
        self.setup_routes()

    def page_url(self, k):
        return LIST if k == 0 else f"{LIST}&page={k + 1}"

    def deleted_paths(self):
        return [f"/th/news/view/{DELETED_ID}"]

    def extra_route(self, key, query):
        if key == f"{LIST}&page=1":
            return self.html_response(self.listing(0))
        return None

    # ------------------------------------------------------------------ layout

    def shell(self, content, crumbs, og=""):
        crumb = (
            "".join(
                f'<li class="breadcrumb-item"><a href="{u}">{esc(t)}</a></li>'
                for t, u in crumbs[:-1]
            )
            + f'<li class="breadcrumb-item active" aria-current="page">{esc(crumbs[-1][0])}</li>'
        )
        return f"""<!DOCTYPE html>
<html lang="th">
    <head>
        <meta charset="UTF-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{DEPT}</title>
        <link rel="icon" href="/favicon.ico">
{og}        <link rel="stylesheet" href="/build/app.6f1c2e9a.css">
        <script src="/build/runtime.9b3d51c0.js" defer></script>
        <script src="/build/app.c41d7a22.js" defer></script>
    </head>
    <body data-controller="font-size contrast">
        <div class="cookie-consent" data-controller="cookie-consent" role="dialog" aria-live="polite">
            <p>เว็บไซต์นี้ใช้คุกกี้เพื่อพัฒนาประสบการณ์การใช้งาน ท่านสามารถศึกษารายละเอียดได้ที่ <a href="/th/page/cookie-policy">นโยบายคุกกี้</a></p>
            <button type="button" class="btn btn-sm btn-warning" data-action="cookie-consent#accept">ยอมรับทั้งหมด</button>
            <button type="button" class="btn btn-sm btn-outline-light" data-action="cookie-consent#settings">ตั้งค่าคุกกี้</button>
        </div>
        <div class="topbar bg-dark text-white small">
            <div class="container d-flex justify-content-end gap-3">
                <div class="font-tools" aria-label="ขนาดตัวอักษร">
                    <button type="button" data-action="font-size#decrease">ก-</button>
                    <button type="button" data-action="font-size#reset">ก</button>
                    <button type="button" data-action="font-size#increase">ก+</button>
                </div>
                <button type="button" class="btn-contrast" data-action="contrast#toggle">ความตัดกันของสี</button>
                <a href="/en/news" hreflang="en">EN</a>
            </div>
        </div>
        <nav class="navbar navbar-expand-lg navbar-light bg-white shadow-sm">
            <div class="container">
                <a class="navbar-brand" href="/th/"><img src="/build/images/logo-dsd.5e2c1b.png" alt="" height="56"> <span class="brand-name">{DEPT}</span><small class="d-block brand-sub">Department of Skill Development</small></a>
                <button class="navbar-toggler" type="button" data-bs-toggle="collapse" data-bs-target="#mainNav" aria-label="เปิดเมนู"><span class="navbar-toggler-icon"></span></button>
                <div class="collapse navbar-collapse" id="mainNav">
                    <ul class="navbar-nav ms-auto">
                        <li class="nav-item"><a class="nav-link" href="/th/">หน้าแรก</a></li>
                        <li class="nav-item"><a class="nav-link" href="/th/page/about">เกี่ยวกับกรม</a></li>
                        <li class="nav-item"><a class="nav-link active" href="{esc(LIST)}">ข่าวประชาสัมพันธ์</a></li>
                        <li class="nav-item"><a class="nav-link" href="/th/news?category=procurement">จัดซื้อจัดจ้าง</a></li>
                        <li class="nav-item"><a class="nav-link" href="/th/course">หลักสูตรฝึกอบรม</a></li>
                        <li class="nav-item"><a class="nav-link" href="/th/ita">ITA</a></li>
                        <li class="nav-item"><a class="nav-link" href="/th/contact">ติดต่อเรา</a></li>
                    </ul>
                </div>
            </div>
        </nav>
        <div class="page-head bg-light py-3">
            <div class="container">
                <nav aria-label="breadcrumb"><ol class="breadcrumb mb-1"><li class="breadcrumb-item"><a href="/th/">หน้าแรก</a></li>{crumb}</ol></nav>
                <h1 class="page-head__title">ข่าวประชาสัมพันธ์</h1>
            </div>
        </div>
        <main class="container py-4" id="main">
{content}
        </main>
        <footer class="site-footer bg-dark text-white-50 py-4">
            <div class="container">
                <div class="row">
                    <div class="col-md-8">
                        <p class="mb-1 text-white">{DEPT} กระทรวงแรงงาน</p>
                        <p class="mb-1">ถนนมิตรไมตรี แขวงดินแดง เขตดินแดง กรุงเทพมหานคร ๑๐๔๐๐ โทร. ๑๕๐๖ กด ๔</p>
                        <p class="mb-0"><a href="/th/page/privacy">นโยบายคุ้มครองข้อมูลส่วนบุคคล</a> | <a href="/th/page/website-policy">นโยบายเว็บไซต์</a> | <a href="/th/sitemap">แผนผังเว็บไซต์</a></p>
                    </div>
                    <div class="col-md-4 text-md-end">
                        <div class="visitor-stat">สถิติผู้เข้าชม วันนี้ ๑,๐๘๒ | ทั้งหมด ๓,๔๕๒,๑๑๗</div>
                        <p class="mb-0">&copy; ๒๕๖๗ {DEPT} สงวนลิขสิทธิ์</p>
                    </div>
                </div>
            </div>
        </footer>
    </body>
</html>
"""

    # ------------------------------------------------------------------ pages

    def card(self, a):
        return f"""            <div class="col-md-6 col-lg-4">
                <article class="card news-card h-100">
                    <a href="{a.path}" class="news-card__thumb"><img src="/uploads/news/{a.id}/cover.jpg" class="card-img-top" alt="" loading="lazy"></a>
                    <div class="card-body">
                        <div class="news-card__date"><i class="bi bi-calendar3"></i> {short(a.published)}</div>
                        <h3 class="card-title h6"><a href="{a.path}" class="stretched-link">{esc(a.title)}</a></h3>
                        <p class="card-text text-muted small">{esc(a.paras[0][:120])}…</p>
                    </div>
                    <div class="card-footer small text-muted"><i class="bi bi-eye"></i> {thai_digits(f"{a.views:,}")}</div>
                </article>
            </div>
"""

    def listing(self, k):
        items = list(self.pages[k])
        cards = [self.card(a) for a in items]
        if k == 1:
            cards.insert(
                5,
                f"""            <div class="col-md-6 col-lg-4">
                <article class="card news-card h-100">
                    <a href="/th/news/view/{DELETED_ID}" class="news-card__thumb"><img src="/build/images/no-image.8d2f3a.png" class="card-img-top" alt="" loading="lazy"></a>
                    <div class="card-body">
                        <div class="news-card__date"><i class="bi bi-calendar3"></i> {short(items[4].published)}</div>
                        <h3 class="card-title h6"><a href="/th/news/view/{DELETED_ID}" class="stretched-link">ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป ตำแหน่งครูฝึก (ยกเลิก)</a></h3>
                        <p class="card-text text-muted small">ประกาศรับสมัครบุคคลเพื่อเลือกสรรเป็นพนักงานราชการทั่วไป…</p>
                    </div>
                    <div class="card-footer small text-muted"><i class="bi bi-eye"></i> ๔๗</div>
                </article>
            </div>
""",
            )
        n = len(self.pages)

        def li(label, page, active=False, disabled=False, aria=""):
            cls = "page-item" + (" active" if active else "") + (" disabled" if disabled else "")
            if active or disabled:
                return f'<li class="{cls}"><span class="page-link">{label}</span></li>'
            return f'<li class="{cls}"><a class="page-link" href="{esc(LIST)}&amp;page={page}"{aria}>{label}</a></li>'

        lis = [
            li("&laquo;&nbsp;ก่อนหน้า", k, disabled=k == 0, aria=' rel="prev"'),
            *[li(str(i + 1), i + 1, active=i == k) for i in range(n)],
            li("ถัดไป&nbsp;&raquo;", k + 2, disabled=k == n - 1, aria=' rel="next"'),
        ]
        content = f"""        <form class="row g-2 mb-4" method="get" action="/th/news">
            <input type="hidden" name="category" value="pr">
            <div class="col-md-8"><input type="search" name="q" class="form-control" placeholder="ค้นหาข่าว"></div>
            <div class="col-md-4"><button class="btn btn-primary w-100">ค้นหา</button></div>
        </form>
        <div class="row g-4 news-list">
{"".join(cards)}        </div>
        <div class="navigation mt-4">
            <nav><ul class="pagination justify-content-center">{"".join(lis)}</ul></nav>
        </div>
        <p class="text-center text-muted small">ทั้งหมด {thai_digits(len(self.articles))} รายการ</p>"""
        return self.shell(content, [("ข่าวประชาสัมพันธ์", LIST)])

    def others(self, a):
        i = self.articles.index(a)
        return [self.articles[j] for j in (i + 2, i + 3, i - 2) if 0 <= j < len(self.articles)]

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        time = ""
        if a.time_printed:
            time = f'<span class="news-detail__time"><i class="bi bi-clock"></i> {thai_digits(a.published.strftime("%H:%M"))} น.</span>'
        edited = ""
        if a.extra["edited"]:
            edited = f'<span class="news-detail__updated">แก้ไขล่าสุด {stamp(a.modified)}</span>'
        paras = [f"<p>{esc(p)}</p>" for p in a.paras]
        if a.extra["typed"]:
            paras.append(f"<p><strong>ภาพ/ข่าว :</strong> {esc(a.source)}</p>")
        extra = ""
        if a.extra["gallery"]:
            pics = "".join(
                f'<div class="col-4"><a href="/uploads/news/{a.id}/g{j}.jpg" data-fancybox="gallery"><img src="/uploads/news/{a.id}/thumb_g{j}.jpg" class="img-fluid rounded" alt="ภาพกิจกรรม {j}"></a></div>'
                for j in range(1, 4)
            )
            extra += f'<section class="news-detail__gallery"><h4 class="h6">ภาพกิจกรรม</h4><div class="row g-2">{pics}</div></section>'
        if a.extra["files"]:
            extra += f'<section class="news-detail__files"><h4 class="h6">เอกสารแนบ</h4><ul class="list-unstyled"><li><i class="bi bi-file-earmark-pdf"></i> <a href="/uploads/news/{a.id}/attachment.pdf" target="_blank">รายละเอียดโครงการ.pdf</a> <small class="text-muted">(๒๔๓ KB, ดาวน์โหลด ๑๒ ครั้ง)</small></li></ul></section>'
        if a.source and not a.extra["typed"]:
            extra += f'<div class="news-detail__source"><strong>ที่มา</strong> <span>{esc(a.source)}</span></div>'
        if a.tags:
            extra += (
                '<div class="news-detail__tags">'
                + "".join(
                    f'<a class="badge rounded-pill text-bg-light" href="/th/news?tag={esc(t)}">#{esc(t)}</a> '
                    for t in a.tags
                )
                + "</div>"
            )
        pn = ""
        if newer:
            pn += f'<a class="news-pager__prev" href="{newer.path}"><small>ข่าวก่อนหน้า</small><span>{esc(newer.title)}</span></a>'
        if older:
            pn += f'<a class="news-pager__next" href="{older.path}"><small>ข่าวถัดไป</small><span>{esc(older.title)}</span></a>'
        others = "".join(
            f'<div class="col-md-4"><a class="other-news" href="{o.path}"><span class="other-news__date">{short(o.published)}</span><span class="other-news__title">{esc(o.title)}</span></a></div>'
            for o in self.others(a)
        )
        content = f"""        <div class="row">
            <div class="col-lg-9">
                <article class="card news-detail" data-controller="share">
                    <div class="card-body">
                        <header class="news-detail__head d-flex gap-3">
                            {badge(a.published)}
                            <div>
                                <div class="news-detail__meta small text-muted">{time}<span class="news-detail__views"><i class="bi bi-eye"></i> เข้าชม {thai_digits(f"{a.views:,}")} ครั้ง</span>{edited}</div>
                                <h2 class="news-detail__title">{esc(a.title)}</h2>
                            </div>
                        </header>
                        <div class="news-detail__body">
{chr(10).join(paras)}
                        </div>
                        {extra}
                        <div class="news-detail__share d-flex gap-2 align-items-center">
                            <span>แบ่งปัน</span>
                            <a href="https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fwww.dsd.go.th%2Fth%2Fnews%2Fview%2F{a.id}" target="_blank" rel="noopener" class="btn btn-sm btn-outline-primary">Facebook</a>
                            <a href="https://social-plugins.line.me/lineit/share?url=https%3A%2F%2Fwww.dsd.go.th%2Fth%2Fnews%2Fview%2F{a.id}" target="_blank" rel="noopener" class="btn btn-sm btn-outline-success">LINE</a>
                            <button type="button" class="btn btn-sm btn-outline-secondary" data-action="share#copy">คัดลอกลิงก์</button>
                            <button type="button" class="btn btn-sm btn-outline-secondary" onclick="window.print()">พิมพ์หน้านี้</button>
                        </div>
                        <nav class="news-pager d-flex justify-content-between">{pn}</nav>
                    </div>
                </article>
                <section class="mt-4">
                    <h3 class="h5">ข่าวอื่น ๆ ในหมวดเดียวกัน</h3>
                    <div class="row g-3">{others}</div>
                </section>
            </div>
            <aside class="col-lg-3">
                <div class="list-group">
                    <a class="list-group-item" href="/th/e-service">บริการอิเล็กทรอนิกส์ (e-Service)</a>
                    <a class="list-group-item" href="/th/complaint">ร้องเรียน / ร้องทุกข์</a>
                    <a class="list-group-item" href="/th/standard-test">ทดสอบมาตรฐานฝีมือแรงงาน</a>
                </div>
            </aside>
        </div>"""
        og = (
            f'        <meta property="og:type" content="article">\n'
            f'        <meta property="og:title" content="{esc(a.title)}">\n'
            f'        <meta property="og:description" content="{esc(a.paras[0][:160])}">\n'
            f'        <meta property="og:image" content="https://www.dsd.go.th/uploads/news/{a.id}/cover.jpg">\n'
        )
        return self.shell(content, [("ข่าวประชาสัมพันธ์", LIST), (a.title, a.path)], og)

    def deleted(self):
        content = """        <div class="alert alert-warning text-center my-5" role="alert">
            <h2 class="h5">ไม่พบข้อมูลข่าวที่ท่านต้องการ</h2>
            <p class="mb-0">ข่าวนี้อาจถูกยกเลิกการเผยแพร่หรือย้ายไปยังหมวดอื่น <a href="/th/news?category=pr">กลับไปหน้าข่าวประชาสัมพันธ์</a></p>
        </div>"""
        return self.shell(content, [("ข่าวประชาสัมพันธ์", LIST), ("ไม่พบข้อมูล", "")])

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                f"เข้าชม {thai_digits(f'{a.views:,}')} ครั้ง",
                "แก้ไขล่าสุด",
                "ภาพกิจกรรม",
                "เอกสารแนบ",
                "รายละเอียดโครงการ.pdf",
                "แบ่งปัน",
                "คัดลอกลิงก์",
                "พิมพ์หน้านี้",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                *[x.title for x in (older, newer) if x],
                "ข่าวอื่น ๆ ในหมวดเดียวกัน",
                *[o.title for o in self.others(a)],
                *[f"#{t}" for t in a.tags],
                "เว็บไซต์นี้ใช้คุกกี้",
                "ความตัดกันของสี",
                "สถิติผู้เข้าชม",
                "ถนนมิตรไมตรี",
                "ร้องเรียน / ร้องทุกข์",
            ]
            out.append(record(self, a, must_not, modified=a.extra["edited"]))
        return out


SITE = SymfonyKnpSite()

if __name__ == "__main__":
    main(SITE)
