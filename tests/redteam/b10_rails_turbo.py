"""Blind-10 red-team site: Ruby on Rails 7 + Hotwire (Turbo) + Action Text, the news section of
a provincial agriculture office, built blind.

What it imitates:
- `to_param` = `"#{id}-#{title.parameterize}"`, which for a Thai title parameterizes to
  nothing: posts are `/news/123-` (**trailing hyphen**; `/news/123` works too);
- the index `/news` with Kaminari's pager inside `<turbo-frame id="news_list"
  data-turbo-action="advance">`: `nav.pagination` with `span.first` "« หน้าแรก",
  `span.prev` "‹ ก่อนหน้า", `span.page` numbers / `span.page.current`, `span.next`
  "ถัดไป ›", `span.last` "หน้าสุดท้าย »"; page 1 is `/news`, the others `/news?page=N`;
- `csrf-token` / `turbo-cache-control` metas, importmap `<script type="importmap">`;
- the post: `h1` headline, `<time datetime="…+07:00" data-controller="local-time">` whose
  text is a **fragment-cached relative time** ("ประมาณ 2 เดือนที่แล้ว", stale by design), the
  impressionist counter "อ่านแล้ว 1,234 ครั้ง", "แก้ไขล่าสุด" with its own `time[datetime]`
  only when the record was updated;
- the Action Text body: one `div.trix-content > div` whose paragraphs are separated by
  `<br><br>` (Trix), with an `action-text-attachment` figure and its
  `figcaption.attachment__caption` in the middle; then a `dl` "แหล่งข่าว" (for some),
  `#tag` links (acts_as_taggable, `/news?tag=…`), share buttons "แชร์", "ข่าวก่อนหน้า" /
  "ข่าวถัดไป" with titles, a lazy `<turbo-frame id="comments" src=… loading="lazy">`
  ("กำลังโหลดความคิดเห็น…") and "เข้าสู่ระบบเพื่อแสดงความคิดเห็น";
- `<title>` "headline | office";
- the deleted record: `rescue_from ActiveRecord::RecordNotFound` renders the "ไม่พบข่าวนี้"
  page with status 200.
"""

from __future__ import annotations

import datetime as dt

from ._common import TZ, esc, main
from .b10_common import B9Site, build, neighbours, record

OFFICE = "สำนักงานเกษตรจังหวัดขอนแก่น"
SOURCES = ["กลุ่มส่งเสริมและพัฒนาการผลิต", None, None, "สำนักงานเกษตรอำเภอชุมแพ", None]
CACHED_AT = dt.datetime(2024, 11, 20, 9, 0, tzinfo=TZ)
DELETED = "/news/87-"


def time_ago(d: dt.datetime) -> str:
    """Rails' distance_of_time_in_words with the rails-i18n th strings (simplified)."""
    days = (CACHED_AT - d).days
    if days < 1:
        return "ไม่ถึงหนึ่งวันที่แล้ว"
    if days < 30:
        return f"{days} วันที่แล้ว"
    if days < 45:
        return "ประมาณ 1 เดือนที่แล้ว"
    if days < 365:
        return f"ประมาณ {round(days / 30)} เดือนที่แล้ว"
    return "ประมาณ 1 ปีที่แล้ว"


class RailsSite(B9Site):
    key = "b10_rails_turbo"
    family = "generic"
    imitates = "Rails 7 + Turbo + Action Text: /news/123- (Thai title parameterized to nothing), Kaminari pager in a turbo-frame (/news?page=N), time[datetime] with a stale relative text, 'อ่านแล้ว N ครั้ง', 'แก้ไขล่าสุด' only when updated, Trix body (<br><br> paragraphs, action-text-attachment caption), 'แหล่งข่าว' dl, #tags, share, prev/next titles, lazy comments frame; deleted = 'ไม่พบข่าวนี้' (200)"
    listing_path = "/news"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 21, 43, SOURCES, dt.datetime(2024, 9, 15, 17, 0), first_id=90, step=2
        )
        for a in self.articles:
            a.path = f"/news/{a.id}-"
            if a.modified and (a.modified - a.published) < dt.timedelta(hours=2):
                a.modified = None
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?page={k + 1}"

    def deleted_paths(self):
        return [DELETED]

    def route(self, path, query, raw_query, base):
        import re

        m = re.fullmatch(r"/news/(\d+)", path)
        if m:
            path += "-"
        if path == "/news" and "tag" in query:
            return self.html_response(self.listing(0))
        return super().route(path, query, raw_query, base)

    def shell(self, title, content):
        return f"""<!DOCTYPE html>
<html lang="th">
<head>
<title>{esc(title)} | {OFFICE}</title>
<meta name="viewport" content="width=device-width,initial-scale=1">
<meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="q8Zc0xGm1bV4y2tqk7nE0l0vJb3hOeX9yZkQpW1rT5sH2uA6cD8fG0iJ3kL5mN7" />
<meta name="turbo-cache-control" content="no-preview">
<link rel="stylesheet" href="/assets/application-5f2c3b1e.css" data-turbo-track="reload" />
<script type="importmap" data-turbo-track="reload">{{"imports": {{"application": "/assets/application-8a1b.js", "@hotwired/turbo-rails": "/assets/turbo.min-c85b.js", "@hotwired/stimulus": "/assets/stimulus.min-dd36.js"}}}}</script>
<script type="module">import "application"</script>
</head>
<body>
<header class="site-header"><div class="container"><a href="/" class="brand"><img src="/assets/logo-doae.png" alt=""> {OFFICE}</a>
<nav class="main-nav"><a href="/">หน้าแรก</a> <a href="/news" aria-current="page">ข่าวสาร</a> <a href="/services">บริการเกษตรกร</a> <a href="/users/sign_in">เข้าสู่ระบบ</a></nav></div></header>
<main class="container">
{content}
</main>
<footer class="site-footer"><div class="container">{OFFICE} ศูนย์ราชการจังหวัดขอนแก่น ถนนศูนย์ราชการ อำเภอเมืองขอนแก่น 40000 · โทร. 043-236-940</div></footer>
</body>
</html>"""

    def listing(self, k):
        items = []
        for j, a in enumerate(self.pages[k]):
            items.append(self.item(a.path, a.title, a.published, a.paras[0][:150]))
            if k == 1 and j == 6:
                items.append(
                    self.item(
                        DELETED,
                        "ประกาศรับสมัครเกษตรกรเข้าร่วมโครงการแปลงใหญ่ ปี 2567",
                        dt.datetime(2024, 6, 3, 10, 0, tzinfo=TZ),
                        "ประกาศรับสมัคร",
                    )
                )
        n = len(self.pages)
        parts = []
        if k:
            parts.append('<span class="first"><a href="/news">&laquo; หน้าแรก</a></span>')
            parts.append(
                f'<span class="prev"><a rel="prev" href="{self.page_url(k - 1)}">&lsaquo; ก่อนหน้า</a></span>'
            )
        for i in range(n):
            if i == k:
                parts.append(f'<span class="page current">{i + 1}</span>')
            else:
                rel = ' rel="next"' if i == k + 1 else (' rel="prev"' if i == k - 1 else "")
                parts.append(
                    f'<span class="page"><a{rel} href="{self.page_url(i)}">{i + 1}</a></span>'
                )
        if k < n - 1:
            parts.append(
                f'<span class="next"><a rel="next" href="{self.page_url(k + 1)}">ถัดไป &rsaquo;</a></span>'
            )
            parts.append(
                f'<span class="last"><a href="{self.page_url(n - 1)}">หน้าสุดท้าย &raquo;</a></span>'
            )
        content = f"""<h1>ข่าวสาร</h1>
<turbo-frame id="news_list" data-turbo-action="advance">
<div id="news_items" class="news-grid">{"".join(items)}</div>
<nav class="pagination" role="navigation" aria-label="pager">
  {chr(10).join(parts)}
</nav>
</turbo-frame>"""
        return self.shell("ข่าวสาร", content)

    def item(self, path, title, d, excerpt):
        return f"""<article id="news_item_{path.split("/")[-1].rstrip("-")}" class="news-card"><a href="{path}" data-turbo-frame="_top"><img src="/rails/active_storage/representations/redirect/eyJfcmFpbHMiOnsiZGF0YSI6MX19--thumb/cover.jpg" alt=""></a>
<h2 class="news-card__title"><a href="{path}" data-turbo-frame="_top">{esc(title)}</a></h2>
<p class="news-card__meta"><time datetime="{d.isoformat()}" data-controller="local-time">{time_ago(d)}</time></p>
<p class="news-card__excerpt">{esc(excerpt)}…</p></article>"""

    def detail(self, a):
        older, newer = neighbours(self.articles, a)
        paras = [esc(p) for p in a.paras]
        fig = (
            f'<action-text-attachment sgid="BAh7CEkiCGdpZAY6BkVUSSI{a.id}" content-type="image/jpeg" url="/rails/active_storage/blobs/redirect/{a.id}/activity.jpg" filename="activity.jpg" filesize="214532" width="1280" height="853" presentation="gallery" caption="ภาพกิจกรรมโดย {OFFICE}"><figure class="attachment attachment--preview attachment--jpg">'
            f'<img src="/rails/active_storage/representations/redirect/{a.id}/activity.jpg"><figcaption class="attachment__caption">ภาพกิจกรรมโดย {OFFICE}</figcaption></figure></action-text-attachment>'
        )
        trix = "<br><br>".join(paras[:2]) + "<br>" + fig + "<br>" + "<br><br>".join(paras[2:])
        mod = ""
        if a.modified:
            mod = f' · แก้ไขล่าสุด <time datetime="{a.modified.isoformat()}" data-controller="local-time">{time_ago(a.modified)}</time>'
        src = (
            f'<dl class="news-source"><dt>แหล่งข่าว</dt><dd>{esc(a.source)}</dd></dl>'
            if a.source
            else ""
        )
        tags = (
            (
                '<p class="tags">'
                + " ".join(
                    f'<a href="/news?tag={esc(t)}" class="tag">#{esc(t)}</a>' for t in a.tags
                )
                + "</p>"
            )
            if a.tags
            else ""
        )
        nav = '<nav class="news-nav">'
        if newer:
            nav += f'<a href="{newer.path}" class="news-nav__prev"><small>ข่าวก่อนหน้า</small><br>{esc(newer.title)}</a>'
        if older:
            nav += f'<a href="{older.path}" class="news-nav__next"><small>ข่าวถัดไป</small><br>{esc(older.title)}</a>'
        nav += "</nav>"
        content = f"""<article class="news" id="news_{a.id}">
<p class="breadcrumbs"><a href="/">หน้าแรก</a> / <a href="/news">ข่าวสาร</a></p>
<h1>{esc(a.title)}</h1>
<p class="news-meta"><time datetime="{a.published.isoformat()}" data-controller="local-time">{time_ago(a.published)}</time> · อ่านแล้ว {a.views:,} ครั้ง{mod}</p>
<div class="trix-content">
  <div>{trix}</div>
</div>
{src}
{tags}
<div class="share-buttons"><span>แชร์</span> <a href="https://www.facebook.com/sharer/sharer.php?u=https://khonkaen.doae.go.th{a.path}" target="_blank" rel="noopener">Facebook</a> <a href="https://twitter.com/intent/tweet?url=https://khonkaen.doae.go.th{a.path}" target="_blank" rel="noopener">X</a> <a href="https://social-plugins.line.me/lineit/share?url=https://khonkaen.doae.go.th{a.path}" target="_blank" rel="noopener">LINE</a></div>
{nav}
<turbo-frame id="comments" src="/news/{a.id}/comments" loading="lazy"><p class="muted">กำลังโหลดความคิดเห็น…</p></turbo-frame>
<p class="login-prompt"><a href="/users/sign_in">เข้าสู่ระบบ</a>เพื่อแสดงความคิดเห็น</p>
</article>"""
        return self.shell(a.title, content)

    def deleted(self):
        content = """<section class="not-found"><h1>ไม่พบข่าวนี้</h1><p>ข่าวที่ท่านต้องการอาจถูกลบไปแล้ว หรือลิงก์ไม่ถูกต้อง</p><p><a href="/news">กลับไปหน้าข่าวสาร</a></p></section>"""
        return self.shell("ไม่พบข้อมูล", content)

    def expected(self):
        out = []
        for a in self.articles:
            older, newer = neighbours(self.articles, a)
            must_not = [
                "อ่านแล้ว",
                f"อ่านแล้ว {a.views:,} ครั้ง",
                "แก้ไขล่าสุด",
                "ภาพกิจกรรมโดย",
                "แหล่งข่าว",
                "แชร์",
                "ข่าวก่อนหน้า",
                "ข่าวถัดไป",
                "กำลังโหลดความคิดเห็น",
                "เพื่อแสดงความคิดเห็น",
                "ที่แล้ว",
                older.title if older else "",
                newer.title if newer else "",
            ] + [f"#{t}" for t in a.tags[:1]]
            out.append(record(self, a, must_not, published_time=True))
        return out


SITE = RailsSite()

if __name__ == "__main__":
    main(SITE)
