"""Blind-21 red-team site: a primary educational service area office (สำนักงานเขตพื้นที่
การศึกษาประถมศึกษาขอนแก่น เขต 1) whose news runs on **SvelteKit 2 / Svelte 5 over a Directus
headless CMS**, served server-side rendered by adapter-node, built blind.

What it imitates:
- SvelteKit's rendered shell: relative `_app/immutable/...` asset paths ("./", "../",
  "../../" by depth), `modulepreload` links, `<body data-sveltekit-preload-data="hover">`,
  `<div style="display: contents">`, Svelte 5 hydration comments (`<!--[-->`, `<!--]-->`,
  `<!---->`), scoped `svelte-xxxx` classes, and the inline start script with the
  `__sveltekit_…` global and the route data serialised by **devalue** (`uneval`: unquoted
  keys, `\\u003C` for "<", and `new Date(ms)` for Directus timestamps);
- **the same `<title>` on every page** (the layout sets it, the page does not), no og:title;
  the only `h1` is the section banner "ข่าวประชาสัมพันธ์"; **the headline is a
  `div[role=heading][aria-level=2]`**, printed after the meta row; the breadcrumb cuts it at
  40 characters with "…";
- **the date split across elements** in a calendar badge (`span.d` "๑๒", `span.m` "ต.ค.",
  `span.y` "๖๗": **Thai digits, two-digit BE year**), with " เวลา ๑๐.๓๐ น." in another span
  only when the editor set a time; the payload's `publish_date` is Directus' `dateTime`
  type, **local time without an offset** ("2024-10-12T10:30:00", midnight for date-only
  items); `date_created` (the draft's creation, a `new Date(ms)`) is earlier and **is not the
  publication**; `date_updated` is `new Date(ms)` for edited items (null otherwise) and then
  visible as "แก้ไขล่าสุด ๑๕ ต.ค. ๖๗ ๑๔:๒๐ น.";
- "เข้าชม ๑,๒๓๔ ครั้ง" (**Thai digits**; `views` in the payload);
- inside `article.news-detail`: the font-size / print tool, the Directus WYSIWYG text (some
  paragraphs indented with `&nbsp;`), a captioned gallery and an attachment list ("เอกสาร
  แนบ", file size) on some items, the credit line "ภาพ/ข่าว : …" on some, "#tag" chips, the
  share row and previous/next links with the neighbours' titles; then "ข่าวที่เกี่ยวข้อง"
  cards and a "ข่าวยอดนิยม" aside with view counts; footer visitor counter, PDPA banner;
- listing `/news`, `/news/page/2`, `/news/page/3` with **Thai-digit page numbers** and
  arrow links labelled only by `aria-label`;
- the deleted item: 200, the same shell, `post:null` in the payload and "ไม่พบข่าวที่ท่าน
  ต้องการ" in the view.
"""

from __future__ import annotations

import datetime as dt
import json
import re

from ._common import MONTHS_ABBR, be, esc, main, thai_digits
from .b13_common import B9Site, build, neighbours, record

OFFICE = "สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1"
SHORT = "สพป.ขอนแก่น เขต 1"
CMS = "https://cms.khonkaen1.go.th"
SOURCES = [
    "กลุ่มส่งเสริมการจัดการศึกษา",
    None,
    "กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
    None,
    None,
    "หน่วยตรวจสอบภายใน",
    "กลุ่มอำนวยการ",
]
DELETED_ID = 1233
H = "svelte-1x7qk2d"  # page component scope
L = "svelte-9hr3pa"  # layout scope
KIT = "__sveltekit_1q0w7ty"


class JsDate:
    def __init__(self, d: dt.datetime):
        self.ms = int(d.timestamp() * 1000)


_IDENT = re.compile(r"^[A-Za-z_$][\w$]*$")


def _js_str(s: str) -> str:
    out = json.dumps(s, ensure_ascii=False)
    return out.replace("<", "\\u003C").replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")


def uneval(v) -> str:
    """devalue.uneval, enough of it: objects with bare keys, Dates as constructors."""
    if v is None:
        return "null"
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, int):
        return str(v)
    if isinstance(v, str):
        return _js_str(v)
    if isinstance(v, JsDate):
        return f"new Date({v.ms})"
    if isinstance(v, list):
        return "[" + ",".join(uneval(x) for x in v) + "]"
    if isinstance(v, dict):
        parts = []
        for k, x in v.items():
            key = k if _IDENT.match(k) else _js_str(k)
            parts.append(f"{key}:{uneval(x)}")
        return "{" + ",".join(parts) + "}"
    raise TypeError(type(v))


def badge(d: dt.datetime, cls: str = "date-badge") -> str:
    return (
        f'<div class="{cls} {H}" aria-label="วันที่เผยแพร่"><span class="d {H}">{thai_digits(d.day)}</span>'
        f'<span class="m {H}">{MONTHS_ABBR[d.month - 1]}</span>'
        f'<span class="y {H}">{thai_digits(str(be(d))[-2:])}</span></div>'
    )


def short_th(d: dt.datetime) -> str:
    return thai_digits(f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}")


def thai_hm(d: dt.datetime, sep=".") -> str:
    return thai_digits(f"{d.hour:02d}{sep}{d.minute:02d}")


def directus_local(d: dt.datetime, with_time: bool) -> str:
    return d.strftime("%Y-%m-%dT%H:%M:%S") if with_time else d.strftime("%Y-%m-%dT00:00:00")


class SvelteKitSite(B9Site):
    key = "b21_sveltekit_directus"
    family = "generic"
    imitates = (
        "SvelteKit 2 / Svelte 5 SSR (adapter-node) over Directus: same <title> everywhere, h1 = "
        "section banner, headline a div[role=heading]; split calendar badge ๑๒ / ต.ค. / ๖๗ (Thai "
        "digits, 2-digit BE) + ' เวลา ๑๐.๓๐ น.' only for timed items; devalue payload with "
        "publish_date local without offset, date_created (draft, not publication) and "
        "date_updated as new Date(ms); 'เข้าชม ๑,๒๓๔ ครั้ง'; gallery, attachments, credit, tags, "
        "share, prev/next inside the article; /news/page/N with Thai-digit numbers; deleted = "
        "post:null view (200)"
    )
    listing_path = "/news"
    per_page = 9

    def __init__(self):
        self.articles = build(
            self.key, 25, 19, SOURCES, dt.datetime(2024, 12, 20, 16, 30), first_id=1241, step=1
        )
        for i, a in enumerate(self.articles):
            a.path = f"/news/{a.id}"
            a.extra["created"] = a.published - dt.timedelta(hours=2 + i % 5, minutes=(i * 17) % 60)
            if not a.time_printed:
                a.extra["created"] = a.published.replace(hour=9, minute=0) - dt.timedelta(
                    days=1, minutes=(i * 13) % 50
                )
            a.extra["gallery"] = i % 4 == 1
            a.extra["files"] = i % 3 == 2
            a.extra["indent"] = i % 2 == 0
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news/page/{k + 1}"

    def deleted_paths(self):
        return [f"/news/{DELETED_ID}"]

    # ------------------------------------------------------------ shell

    def rel(self, path: str) -> str:
        depth = path.count("/") - 1
        return "." if depth == 0 else "/".join([".."] * depth)

    def shell(self, path: str, view: str, page_data, node: int) -> str:
        r = self.rel(path)
        layout_data = {
            "type": "data",
            "data": {
                "site": {"name": OFFICE, "short": SHORT, "visitors": 295031},
                "menu": [
                    {"label": "หน้าหลัก", "href": "/"},
                    {"label": "ข่าวประชาสัมพันธ์", "href": "/news"},
                    {"label": "ประกาศ", "href": "/announcements"},
                    {"label": "ITA", "href": "/ita"},
                ],
            },
            "uses": {},
        }
        data = "[" + uneval(layout_data) + "," + uneval(page_data) + "]"
        return f"""<!doctype html>
<html lang="th">
	<head>
		<meta charset="utf-8" />
		<link rel="icon" href="{r}/favicon.png" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<link href="https://fonts.googleapis.com/css2?family=Prompt:wght@400;600&display=swap" rel="stylesheet" />
		
		<link href="{r}/_app/immutable/assets/0.DqP1x9aV.css" rel="stylesheet">
		<link href="{r}/_app/immutable/assets/{node}.Bz7kQ3mR.css" rel="stylesheet">
		<link rel="modulepreload" href="{r}/_app/immutable/entry/start.CwJ3v0Yk.js">
		<link rel="modulepreload" href="{r}/_app/immutable/chunks/entry.Dm2sP8Lq.js">
		<link rel="modulepreload" href="{r}/_app/immutable/chunks/disclose-version.Bb8tU1xE.js">
		<link rel="modulepreload" href="{r}/_app/immutable/entry/app.C4nH6pWd.js">
		<link rel="modulepreload" href="{r}/_app/immutable/nodes/0.BqT0kLm2.js">
		<link rel="modulepreload" href="{r}/_app/immutable/nodes/{node}.DfY8rA1c.js"><!--1ukdh7s--><title>{SHORT}</title><meta name="description" content="{OFFICE} เว็บไซต์ทางการ"/><!---->
	</head>
	<body data-sveltekit-preload-data="hover">
		<div style="display: contents"><!--[--><!--[--><!----><div class="app {L}"><div class="topbar {L}"><div class="container {L}"><span class="{L}">โทร. 0-4324-2561</span> <a href="/ita" class="{L}">ITA</a> <button class="font-size {L}" aria-label="ขนาดตัวอักษร">ก ก ก</button></div></div> <header class="site-header {L}"><div class="container {L}"><a href="/" class="brand {L}"><img src="{r}/logo-obec.png" alt="ตรา สพฐ." width="56" height="56" class="{L}"/> <span class="brand-text {L}"><span class="brand-name {L}">{OFFICE}</span> <span class="brand-sub {L}">Khon Kaen Primary Educational Service Area Office 1</span></span></a> <nav class="main-nav {L}" aria-label="เมนูหลัก"><ul class="{L}"><!--[--><li class="{L}"><a href="/" class="{L}">หน้าหลัก</a></li><li class="{L}"><a href="/news" class="active {L}" aria-current="page">ข่าวประชาสัมพันธ์</a></li><li class="{L}"><a href="/announcements" class="{L}">ประกาศ</a></li><li class="{L}"><a href="/ita" class="{L}">ITA</a></li><!--]--></ul></nav></div></header> <main class="{L}"><section class="page-banner {L}"><div class="container {L}"><h1 class="{L}">ข่าวประชาสัมพันธ์</h1></div></section> <!--[-->{view}<!--]--></main> <footer class="site-footer {L}"><div class="container {L}"><div class="{L}"><strong class="{L}">{OFFICE}</strong><br class="{L}"/>ถนนศรีจันทร์ ตำบลในเมือง อำเภอเมืองขอนแก่น จังหวัดขอนแก่น 40000</div> <div class="counter {L}">ผู้เข้าชมทั้งหมด <span class="{L}">{thai_digits("295,031")}</span> คน</div></div></footer> <!--[--><div class="pdpa {L}" role="dialog" aria-label="คุกกี้"><p class="{L}">เว็บไซต์นี้ใช้คุกกี้เพื่อเพิ่มประสบการณ์การใช้งาน ศึกษาเพิ่มเติมได้ที่ <a href="/privacy" class="{L}">นโยบายความเป็นส่วนตัว</a></p> <button class="{L}">ยอมรับทั้งหมด</button></div><!--]--></div><!--]--><!--]-->
			
			<script>
				{{
					{KIT} = {{
						base: new URL("{r}", location).pathname.slice(0, -1)
					}};

					const element = document.currentScript.parentElement;

					const data = {data};

					Promise.all([
						import("{r}/_app/immutable/entry/start.CwJ3v0Yk.js"),
						import("{r}/_app/immutable/entry/app.C4nH6pWd.js")
					]).then(([kit, app]) => {{
						kit.start(app, element, {{
							node_ids: [0, {node}],
							data,
							form: null,
							error: null
						}});
					}});
				}}
			</script>
		</div>
	</body>
</html>
"""

    # ------------------------------------------------------------ data

    def card(self, a) -> dict:
        return {
            "id": a.id,
            "title": a.title,
            "publish_date": directus_local(a.published, a.time_printed),
            "views": a.views,
            "cover": f"{(a.id * 2654435761) % 2**32:08x}-4c1e-4a7b-9f20-{a.id:012d}",
        }

    def post_data(self, a) -> dict:
        return {
            "id": a.id,
            "status": "published",
            "title": a.title,
            "publish_date": directus_local(a.published, a.time_printed),
            "date_created": JsDate(a.extra["created"]),
            "date_updated": JsDate(a.modified) if a.modified else None,
            "views": a.views,
            "source": a.source,
            "tags": list(a.tags),
            "content": self.content_html(a),
            "cover": self.card(a)["cover"],
            "gallery": [
                {"directus_files_id": f"g{a.id}-{j}", "caption": f"ภาพกิจกรรม {j}"}
                for j in (1, 2, 3)
            ]
            if a.extra["gallery"]
            else [],
            "files": [{"title": self.file_name(a), "filesize": 1284731}]
            if a.extra["files"]
            else [],
        }

    def file_name(self, a) -> str:
        return f"หนังสือราชการ ศธ 04031-{a.id}.pdf"

    # ------------------------------------------------------------ listing

    def listing(self, k):
        items = list(self.pages[k])
        cards_data = [self.card(a) for a in items]
        ghost = {
            "id": DELETED_ID,
            "title": "ประกาศรายชื่อผู้ผ่านการเลือกสรรเป็นพนักงานราชการ ตำแหน่งครูผู้สอน",
            "publish_date": "2024-11-20T00:00:00",
            "views": 0,
            "cover": "00000000-4c1e-4a7b-9f20-000000001233",
        }
        if k == 1:
            cards_data.insert(4, ghost)
        cards = []
        for c in cards_data:
            d = dt.datetime.fromisoformat(c["publish_date"])
            cards.append(
                f'<!--[--><a href="/news/{c["id"]}" class="news-card {H}"><div class="thumb {H}"><img src="{CMS}/assets/{c["cover"]}?width=480&amp;height=300&amp;fit=cover" alt="" loading="lazy" class="{H}"/> {badge(d, "date-badge small")}</div> <div class="news-card-title {H}">{esc(c["title"])}</div> <div class="news-card-meta {H}"><span class="{H}">เข้าชม {thai_digits(format(c["views"], ","))}</span></div></a><!--]-->'
            )
        n = len(self.pages)
        pager = []
        if k > 0:
            pager.append(
                f'<a href="{self.page_url(k - 1)}" class="arrow {H}" aria-label="หน้าก่อนหน้า">‹</a>'
            )
        for j in range(n):
            if j == k:
                pager.append(
                    f'<span class="current {H}" aria-current="page">{thai_digits(j + 1)}</span>'
                )
            else:
                pager.append(f'<a href="{self.page_url(j)}" class="{H}">{thai_digits(j + 1)}</a>')
        if k < n - 1:
            pager.append(
                f'<a href="{self.page_url(k + 1)}" class="arrow {H}" aria-label="หน้าถัดไป">›</a>'
            )
        view = f"""<div class="container {H}"><nav class="breadcrumb {H}" aria-label="breadcrumb"><ol class="{H}"><li class="{H}"><a href="/" class="{H}">หน้าหลัก</a></li> <li aria-current="page" class="{H}">ข่าวประชาสัมพันธ์</li></ol></nav> <div class="news-grid {H}">{"".join(cards)}</div> <nav class="pager {H}" aria-label="เลขหน้า"><!--[-->{"".join(pager)}<!--]--></nav></div>"""
        page_data = {
            "type": "data",
            "data": {
                "items": cards_data,
                "page": k + 1,
                "pages": n,
                "total": len(self.articles) + 1,
            },
            "uses": {"params": ["n"]} if k else {},
        }
        return self.shell(self.page_url(k), view, page_data, 2 if k == 0 else 3)

    # ------------------------------------------------------------ detail

    def content_html(self, a) -> str:
        indent = "&nbsp; &nbsp; &nbsp; &nbsp;" if a.extra["indent"] else ""
        return "".join(f"<p>{indent}{esc(p)}</p>" for p in a.paras)

    def related(self, a):
        others = [b for b in self.articles if b is not a]
        i = self.articles.index(a)
        return [others[(i + 3 * j + 2) % len(others)] for j in range(3)]

    def popular(self):
        return sorted(self.articles, key=lambda b: -b.views)[:5]

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        crumb = a.title if len(a.title) <= 40 else a.title[:40] + "…"
        time_span = (
            f' <span class="time {H}">เวลา {thai_hm(a.published)} น.</span>'
            if a.time_printed
            else ""
        )
        upd = (
            f' <span class="updated {H}">แก้ไขล่าสุด {short_th(a.modified)} {thai_hm(a.modified, ":")} น.</span>'
            if a.modified
            else ""
        )
        gallery = ""
        if a.extra["gallery"]:
            figs = "".join(
                f'<figure class="{H}"><img src="{CMS}/assets/g{a.id}-{j}?width=400" alt="ภาพกิจกรรม {j}" class="{H}"/><figcaption class="{H}">ภาพกิจกรรม {thai_digits(j)}</figcaption></figure>'
                for j in (1, 2, 3)
            )
            gallery = f'<div class="gallery {H}"><!--[-->{figs}<!--]--></div>'
        files = ""
        if a.extra["files"]:
            files = f'<div class="files {H}"><div class="files-title {H}">เอกสารแนบ</div> <ul class="{H}"><li class="{H}"><a href="{CMS}/assets/f{a.id}?download" class="{H}">{esc(self.file_name(a))}</a> <span class="size {H}">(1.23 MB)</span></li></ul></div>'
        credit = (
            f'<p class="credit {H}"><strong class="{H}">ภาพ/ข่าว :</strong> {esc(a.source)}</p>'
            if a.source
            else ""
        )
        tags = (
            f'<div class="tags {H}"><!--[-->'
            + "".join(f'<a href="/news?tag={esc(t)}" class="tag {H}">#{esc(t)}</a>' for t in a.tags)
            + "<!--]--></div>"
        )
        nav = f'<nav class="post-nav {H}">'
        if older:
            nav += f'<a href="{older.path}" class="prev {H}"><span class="label {H}">ข่าวก่อนหน้า</span> <span class="t {H}">{esc(older.title)}</span></a>'
        else:
            nav += "<!---->"
        if newer:
            nav += f'<a href="{newer.path}" class="next {H}"><span class="label {H}">ข่าวถัดไป</span> <span class="t {H}">{esc(newer.title)}</span></a>'
        else:
            nav += "<!---->"
        nav += "</nav>"
        rel = "".join(
            f'<!--[--><a href="{b.path}" class="news-card {H}"><div class="thumb {H}">{badge(b.published, "date-badge small")}</div> <div class="news-card-title {H}">{esc(b.title)}</div></a><!--]-->'
            for b in self.related(a)
        )
        pop = "".join(
            f'<li class="{H}"><a href="{b.path}" class="{H}">{esc(b.title)}</a> <span class="{H}">เข้าชม {thai_digits(f"{b.views:,}")}</span></li>'
            for b in self.popular()
        )
        view = f"""<div class="container detail-layout {H}"><div class="main-col {H}"><nav class="breadcrumb {H}" aria-label="breadcrumb"><ol class="{H}"><li class="{H}"><a href="/" class="{H}">หน้าหลัก</a></li> <li class="{H}"><a href="/news" class="{H}">ข่าวประชาสัมพันธ์</a></li> <li aria-current="page" class="{H}">{esc(crumb)}</li></ol></nav> <article class="news-detail {H}"><div class="cover {H}"><img src="{CMS}/assets/{self.card(a)["cover"]}?width=1200" alt="" class="{H}"/></div> <div class="meta-row {H}">{badge(a.published)} <div class="meta-text {H}"><span class="cat {H}">ข่าวประชาสัมพันธ์</span><!--[-->{time_span}<!--]--> <span class="views {H}">เข้าชม {thai_digits(f"{a.views:,}")} ครั้ง</span><!--[-->{upd}<!--]--></div></div> <div class="headline {H}" role="heading" aria-level="2">{esc(a.title)}</div> <div class="tools {H}"><button class="{H}" aria-label="ลดขนาดตัวอักษร">ก-</button> <button class="{H}" aria-label="ขนาดปกติ">ก</button> <button class="{H}" aria-label="เพิ่มขนาดตัวอักษร">ก+</button> <button class="{H}" onclick="window.print()">พิมพ์</button></div> <div class="content prose {H}"><!---->{self.content_html(a)}<!----></div> <!--[-->{gallery}<!--]--> <!--[-->{files}<!--]--> <!--[-->{credit}<!--]--> {tags} <div class="share {H}"><span class="{H}">แชร์ข่าวนี้</span> <a href="https://www.facebook.com/sharer/sharer.php?u=https://www.khonkaen1.go.th{a.path}" target="_blank" rel="noopener" class="{H}">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url=https://www.khonkaen1.go.th{a.path}" target="_blank" rel="noopener" class="{H}">LINE</a> <a href="https://x.com/intent/post?url=https://www.khonkaen1.go.th{a.path}" target="_blank" rel="noopener" class="{H}">X</a> <button class="{H}">คัดลอกลิงก์</button></div> {nav}</article> <section class="related {H}"><h3 class="{H}">ข่าวที่เกี่ยวข้อง</h3> <div class="news-grid three {H}">{rel}</div></section></div> <aside class="side-col {H}"><div class="box {H}"><h3 class="{H}">ข่าวยอดนิยม</h3> <ol class="{H}"><!--[-->{pop}<!--]--></ol></div> <div class="box {H}"><h3 class="{H}">ลิงก์หน่วยงาน</h3> <ul class="{H}"><li class="{H}"><a href="https://www.obec.go.th" class="{H}">สพฐ.</a></li> <li class="{H}"><a href="https://www.moe.go.th" class="{H}">กระทรวงศึกษาธิการ</a></li></ul></div></aside></div>"""
        page_data = {
            "type": "data",
            "data": {
                "post": self.post_data(a),
                "related": [self.card(b) for b in self.related(a)],
                "popular": [self.card(b) for b in self.popular()],
                "prev": {"id": older.id, "title": older.title} if older else None,
                "next": {"id": newer.id, "title": newer.title} if newer else None,
            },
            "uses": {"params": ["id"]},
        }
        return self.shell(a.path, view, page_data, 4)

    def deleted(self):
        view = f"""<div class="container detail-layout {H}"><div class="main-col {H}"><nav class="breadcrumb {H}" aria-label="breadcrumb"><ol class="{H}"><li class="{H}"><a href="/" class="{H}">หน้าหลัก</a></li> <li class="{H}"><a href="/news" class="{H}">ข่าวประชาสัมพันธ์</a></li></ol></nav> <!--[!--><div class="empty {H}"><p class="{H}">ไม่พบข่าวที่ท่านต้องการ ข่าวนี้อาจถูกลบหรือยกเลิกการเผยแพร่แล้ว</p> <a href="/news" class="{H}">กลับหน้ารวมข่าว</a></div><!--]--></div></div>"""
        page_data = {
            "type": "data",
            "data": {"post": None, "related": [], "popular": [], "prev": None, "next": None},
            "uses": {"params": ["id"]},
        }
        return self.shell(f"/news/{DELETED_ID}", view, page_data, 4)

    def robots(self):
        return "User-agent: *\nDisallow: /admin\nAllow: /\n"

    # ------------------------------------------------------------ expected

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            rel = self.related(a)
            must_not = [
                f"เข้าชม {thai_digits(f'{a.views:,}')} ครั้ง",
                "แชร์ข่าวนี้",
                "คัดลอกลิงก์",
                "ข่าวที่เกี่ยวข้อง",
                "ข่าวยอดนิยม",
                "ลิงก์หน่วยงาน",
                "ผู้เข้าชมทั้งหมด",
                "เว็บไซต์นี้ใช้คุกกี้",
                "ก+",
                rel[0].title,
                self.popular()[0].title if self.popular()[0] is not a else self.popular()[1].title,
            ]
            if older:
                must_not += ["ข่าวก่อนหน้า", older.title]
            if newer:
                must_not += ["ข่าวถัดไป", newer.title]
            if a.extra["gallery"]:
                must_not.append("ภาพกิจกรรม ๒")
            if a.extra["files"]:
                must_not += ["เอกสารแนบ", self.file_name(a), "(1.23 MB)"]
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด {short_th(a.modified)}")
            if a.time_printed:
                must_not.append(f"เวลา {thai_hm(a.published)} น.")
            if a.tags:
                must_not.append("#" + a.tags[0])
            out.append(record(self, a, must_not))
        for rec, a in zip(out, self.articles, strict=True):
            if not a.time_printed:
                rec["published_at"] = a.published.date().isoformat()  # no time printed: the day
        return out


SITE = SvelteKitSite()

if __name__ == "__main__":
    main(SITE)
