"""Blind-54 red-team site (part A): a provincial community-development office
(สำนักงานพัฒนาชุมชนจังหวัดน่าน-like) whose news runs on **Textpattern CMS 4.8** with a theme
grown from the bundled "four-point-eight" default theme (PHP 7.4, Apache); URLs in
Textpattern's `/section/id/url-title` scheme (`/news/412/otop-nan-2567`). Built blind (no
crawler, pipeline, bench or fixture read).

Looked up with the search tool (code corpus): the Textpattern default theme's
`pages/default.txp` (textpattern/textpattern-default-theme: `header.site-header` with the site
name `h1` and slogan `h3`, `nav.site-navigation` from `txp:section_list`, `div.wrapper >
div.container > main[itemscope itemtype=https://schema.org/Blog]`, `txp:article limit="5"`,
the `p.paginator` built from `txp:newer rel="prev"` / `txp:older rel="next"`,
`aside.complementary-content` with feed links and the link list, `footer.site-footer`
"Published with Textpattern CMS", `meta name="generator" content="Textpattern CMS"`,
`body.listing-page` / `itemtype` CollectionPage). The article form
(`article.article[itemprop=blogPost]`, `h1[itemprop=headline]`, `div[itemprop=articleBody]`),
`txp:link_to_prev` / `txp:link_to_next` with neighbour titles, `txp:related_articles`,
the comments form (`popup_comments`, "Preview"/"Submit"), Textpattern's `?pg=N` paging, and
a rate-limiting front proxy answering `503` with `Retry-After` are from memory of their
documentation. No one's code or text was copied.

What it imitates (traps marked NEW were not tried by earlier rounds):
- **NEW: the server answers `503 Service Unavailable` with `Retry-After: 1`** (a shared host's
  rate limiter in front of PHP) **the first time five of the article pages are asked for**,
  and the page the next time; those articles are expected like the others;
- **NEW: a listing whose next page is given only by `<link rel="next" href="/news/?pg=2">` in
  the head and a "โหลดเพิ่ม" `<button data-next="/news/?pg=2">` (no `<a>`)**: the theme
  replaced `txp:older` / `txp:newer` with a fetch() load-more; the rows print no date;
- **NEW: a dateline opening the text where the page prints no other date** (two articles in
  three): "น่าน 5 มี.ค. 67 - …" or "(5 มีนาคม 2567) …" as the first words of the first paragraph;
  **beside the headline a number that looks like a date: "ข่าวประชาสัมพันธ์ฉบับที่ 45/2567" and
  "ปีงบประมาณ 2567"**;
- **NEW: "วันอังคารที่ 5 มีนาคม พ.ศ. 2567" with "เวลา 10.30 น." on its own line below**
  (one article in three, a custom field pair printed as two `<p>`s; those texts open without a
  dateline);
- **NEW: bullet points inside the text** (one article in three): the last paragraphs as a
  Textile `* ` list (`<ul><li>`) after "สาระสำคัญ ดังนี้" — kept as text, a phrase of the last
  point in `body_must`;
- sources as the last line "ข่าว : …" / "ที่มา : …" / "ข่าว/ภาพ : …" (one in six none);
- furniture: breadcrumb "หน้าแรก » ข่าวประชาสัมพันธ์ » …", font size tools, "พิมพ์" / "แชร์:"
  Facebook / LINE / X, tags "แท็ก:" (tru_tags), "บทความที่เกี่ยวข้อง" (titles), "« previous" /
  "next »" with neighbour titles, comments "ความคิดเห็น (N)" with one comment and the form
  "แสดงความคิดเห็น" (ชื่อ / อีเมล / ดูตัวอย่าง / ส่ง), sidebar "ข่าวล่าสุด" (titles), feed
  links, link list, visitor counter, "เผยแพร่ด้วย Textpattern CMS", PDPA bar;
- deleted item (linked from page 2): an article a members-only plug-in hides: **200 with the
  layout, `h1` "เฉพาะสมาชิก" and a login form "กรุณาเข้าสู่ระบบเพื่ออ่านข่าวนี้"**.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from urllib.parse import unquote

from ._common import (
    MONTHS,
    MONTHS_ABBR,
    TZ,
    WEEKDAYS,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
)
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

OFFICE = "สำนักงานพัฒนาชุมชนจังหวัดน่าน"
SLOGAN = "ชุมชนเข้มแข็ง เศรษฐกิจฐานรากมั่นคง"
SECTION = "ข่าวประชาสัมพันธ์"
PER = 9
SOURCES = [
    ("ข่าว", "กลุ่มงานส่งเสริมและพัฒนาชุมชน"),
    ("ที่มา", "สำนักงานพัฒนาชุมชนอำเภอปัว"),
    ("ข่าว/ภาพ", "กลุ่มงานยุทธศาสตร์การพัฒนาชุมชน"),
    ("ข่าว", "สำนักงานพัฒนาชุมชนอำเภอเวียงสา"),
    ("ที่มา", "ฝ่ายบริหารงานทั่วไป สำนักงานพัฒนาชุมชนจังหวัดน่าน"),
    None,
]
TAGS = ["OTOP", "กองทุนหมู่บ้าน", "เศรษฐกิจฐานราก", "น่าน", "ชุมชน", "สตรี"]
RECENT = "ข่าวล่าสุด"
RELATED = "บทความที่เกี่ยวข้อง"
COMMENT_HEAD = "แสดงความคิดเห็น"
COMMENT_TEXT = "เป็นประโยชน์กับชุมชนมากครับ"
COUNTER = "จำนวนผู้เยี่ยมชม 86,412 คน"
PDPA = "เว็บไซต์นี้มีการใช้คุกกี้เพื่อเพิ่มประสิทธิภาพการใช้งาน ตามนโยบายคุ้มครองข้อมูลส่วนบุคคล (PDPA)"
POWERED = "เผยแพร่ด้วย Textpattern CMS"
LOAD_MORE = "โหลดเพิ่ม"
SHARE = "แชร์:"
FONT = "ขนาดตัวอักษร"
DELETED_ID = 377
DELETED_TITLE = "รายงานการประชุมคณะกรรมการกองทุนพัฒนาบทบาทสตรีจังหวัดน่าน ครั้งที่ 1/2567"
LOGIN = "กรุณาเข้าสู่ระบบเพื่ออ่านข่าวนี้"
LIST_INTRO = "สาระสำคัญ ดังนี้"
RETRY_IDS_EVERY = 5  # one article in five answers 503 first


def abbr_short(d: dt.datetime) -> str:
    return f"{d.day} {MONTHS_ABBR[d.month - 1]} {str(be(d))[-2:]}"


def long_be(d: dt.datetime) -> str:
    """'วันอังคารที่ 5 มีนาคม พ.ศ. 2567'"""
    return f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {be(d)}"


class TextpatternSite(BaseSite):
    key = "b54_textpattern48_loadmore"
    family = "generic"
    imitates = (
        "provincial community-development office on Textpattern CMS 4.8 (four-point-eight "
        "theme): 503 + Retry-After: 1 on the first request of five articles; next listing page "
        "only in <link rel=next> and a 'โหลดเพิ่ม' button's data-next; datelines opening the "
        "text as the only date ('น่าน 5 มี.ค. 67 -', '(5 มีนาคม 2567)') beside 'ฉบับที่ 45/2567' "
        "and 'ปีงบประมาณ 2567'; 'วันอังคารที่ 5 มีนาคม พ.ศ. 2567' with 'เวลา 10.30 น.' on its "
        "own line; bullet points in the text"
    )
    listing_path = "/news/"

    def __init__(self):
        arts = make_articles(
            self.key, 25, start=dt.datetime(2024, 3, 25, 16, 0, tzinfo=TZ), offset=19
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        n = len(arts)
        for i, a in enumerate(arts):
            a.id = 380 + (n - i) * 3
            a.extra["slug"] = f"pr-{a.id}-{be(a.published)}"
            a.path = f"/news/{a.id}/{a.extra['slug']}"
            a.modified = None
            a.views = None
            src = SOURCES[i % len(SOURCES)]
            a.source = src[1] if src else None
            a.extra["src_label"] = src[0] if src else None
            a.tags = [TAGS[(i + k) % len(TAGS)] for k in range(1 + i % 2)]
            a.extra["no"] = 61 - i
            kind = ("dateline_abbr", "longdate", "dateline_paren")[i % 3]
            a.extra["kind"] = kind
            a.time_printed = kind == "longdate"
            a.extra["bullets"] = i % 3 == 2 and len(a.paras) >= 4
            a.extra["retry"] = i % RETRY_IDS_EVERY == 2
            a.extra["comments"] = i % 4 == 1
        self.articles = arts
        self.by_id = {a.id: a for a in arts}
        assert DELETED_ID not in self.by_id
        self._lock = threading.Lock()
        self._asked: set[str] = set()

    def listing_pages(self):
        return ["/news/", "/news/?pg=2", "/news/?pg=3"]

    def deleted_paths(self):
        return [f"/news/{DELETED_ID}/pr-{DELETED_ID}-2567"]

    # ------------------------------------------------------------------ pieces
    def related(self, a):
        i = self.articles.index(a)
        return [self.articles[(i + k) % len(self.articles)] for k in (4, 8, 13)]

    def shell(self, title, body_class, main_html, head_extra="", crumb=""):
        recent = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:6]
        )
        return f"""<!DOCTYPE html>
<html lang="th-th" dir="ltr">

<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no, viewport-fit=cover">
    <title>{esc(title)}</title>
    <link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Sarabun:400,400i,700&amp;subset=thai">
    <link rel="stylesheet" media="screen" href="/css.php?n=default">
    <meta name="generator" content="Textpattern CMS">
    <meta name="robots" content="index, follow">
{head_extra}
    <link rel="alternate" type="application/atom+xml" title="Atom" href="/atom/">
    <link rel="alternate" type="application/rss+xml" title="RSS" href="/rss/">
</head>

<body class="{body_class}" itemscope itemtype="https://schema.org/WebPage">

    <header class="site-header">
        <h1><a rel="home" href="/">{OFFICE}</a></h1>
        <h3>{SLOGAN}</h3>
        <div class="font-tools">{FONT} <a href="#" data-size="-1">ก-</a> <a href="#" data-size="0">ก</a> <a href="#" data-size="1">ก+</a></div>
    </header>

    <nav class="site-navigation" aria-label="เมนูหลัก" itemscope itemtype="https://schema.org/SiteNavigationElement">
        <div>
            <ul class="section_list"><li><a itemprop="url" href="/">หน้าแรก</a></li><li class="active"><a itemprop="url" href="/news/">{SECTION}</a></li><li><a itemprop="url" href="/about/">เกี่ยวกับหน่วยงาน</a></li><li><a itemprop="url" href="/otop/">สินค้า OTOP</a></li><li><a itemprop="url" href="/contact/">ติดต่อเรา</a></li></ul>
            <form role="search" method="get" action="/"><input name="q" type="search" placeholder="ค้นหา"><button type="submit">ค้นหา</button></form>
        </div>
    </nav>

    <div class="wrapper">
        <div class="container">
{crumb}
            <main aria-label="เนื้อหาหลัก" itemscope itemtype="https://schema.org/Blog">
{main_html}
            </main>

            <aside class="complementary-content">
                <p><a class="feed-rss" href="/rss/">RSS</a> / <a class="feed-atom" href="/atom/">Atom</a></p>
                <section>
                    <h4>{RECENT}</h4>
                    <ul class="recent-articles">{recent}</ul>
                </section>
                <section>
                    <h4>ลิงก์หน่วยงาน</h4>
                    <ul><li><a href="https://www.cdd.go.th/">กรมการพัฒนาชุมชน</a></li><li><a href="https://www.nan.go.th/">จังหวัดน่าน</a></li></ul>
                </section>
                <p class="counter">{COUNTER}</p>
            </aside>

        </div> <!-- /.container -->
    </div> <!-- /.wrapper -->

    <footer class="site-footer">
        <p>{OFFICE} ศาลากลางจังหวัดน่าน (หลังใหม่) ชั้น 2 อำเภอเมืองน่าน จังหวัดน่าน 55000</p>
        <p><small>{POWERED}</small></p>
    </footer>
    <div class="pdpa-bar" id="pdpa"><p>{PDPA} <button type="button" class="pdpa-accept">ยอมรับ</button></p></div>
    <script src="/js/main.js"></script>
</body>
</html>
"""

    # ------------------------------------------------------------------ listing
    def render_listing(self, page: int):
        pages = [self.articles[k : k + PER] for k in range(0, len(self.articles), PER)]
        if not 1 <= page <= len(pages):
            return None
        rows = [
            f"""                <li class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
                    <h4 itemprop="headline"><a href="{a.path}" itemprop="url mainEntityOfPage">{esc(a.title)}</a></h4>
                    <div itemprop="description"><p>{esc(a.paras[0][:160])}&#8230;</p></div>
                </li>"""
            for a in pages[page - 1]
        ]
        if page == 2:
            rows.insert(
                4,
                f"""                <li class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
                    <h4 itemprop="headline"><a href="{self.deleted_paths()[0]}" itemprop="url mainEntityOfPage">{esc(DELETED_TITLE)}</a></h4>
                    <div itemprop="description"><p>สรุปรายงานการประชุมคณะกรรมการบริหารกองทุนพัฒนาบทบาทสตรีระดับจังหวัด&#8230;</p></div>
                </li>""",
            )

        def pl(k):
            return "/news/" if k == 1 else f"/news/?pg={k}"

        head = []
        if page > 1:
            head.append(f'    <link rel="prev" href="{pl(page - 1)}">')
        if page < len(pages):
            head.append(f'    <link rel="next" href="{pl(page + 1)}">')
        more = (
            f'<div class="load-more-wrap"><button type="button" class="load-more" data-next="{pl(page + 1)}" data-target="#article-list">{LOAD_MORE}</button></div>'
            if page < len(pages)
            else '<p class="no-more">แสดงข่าวครบทั้งหมดแล้ว</p>'
        )
        main_html = f"""                <h1 itemprop="name">{SECTION}</h1>
                <ul id="article-list" class="article-list">
{chr(10).join(rows)}
                </ul>
                {more}
                <script>
                document.querySelector('.load-more') && document.querySelector('.load-more').addEventListener('click', function (e) {{
                    fetch(e.target.dataset.next).then(function (r) {{ return r.text(); }}).then(function (t) {{
                        var d = new DOMParser().parseFromString(t, 'text/html');
                        document.querySelector('#article-list').insertAdjacentHTML('beforeend', d.querySelector('#article-list').innerHTML);
                        var n = d.querySelector('.load-more'); if (n) {{ e.target.dataset.next = n.dataset.next; }} else {{ e.target.remove(); }}
                    }});
                }});
                </script>"""
        title = f"{SECTION} | {OFFICE}"
        return self.html_response(self.shell(title, "listing-page", main_html, "\n".join(head)))

    # ------------------------------------------------------------------ article
    def text_html(self, a) -> str:
        paras = list(a.paras)
        d = a.published
        kind = a.extra["kind"]
        if kind == "dateline_abbr":
            paras[0] = f"น่าน {abbr_short(d)} - {paras[0]}"
        elif kind == "dateline_paren":
            paras[0] = f"({d.day} {MONTHS[d.month - 1]} {be(d)}) {paras[0]}"
        out = []
        if a.extra["bullets"]:
            head, tail = paras[:-2], paras[-2:]
            out += [f"\t<p>{esc(p)}</p>" for p in head]
            out.append(f"\t<p>{LIST_INTRO}</p>")
            out.append("\t<ul>\n" + "\n".join(f"\t\t<li>{esc(p)}</li>" for p in tail) + "\n\t</ul>")
        else:
            out += [f"\t<p>{esc(p)}</p>" for p in paras]
        out.insert(
            1,
            f'\t<p><img src="/images/{a.id}.jpg" alt="" width="800" height="533"></p>',
        )
        if a.source:
            out.append(f"\t<p>{a.extra['src_label']} : {esc(a.source)}</p>")
        return "\n".join(out)

    def render_article(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        d = a.published
        date_html = ""
        if a.extra["kind"] == "longdate":
            date_html = f"""                    <p class="article-date">{long_be(d)}</p>
                    <p class="article-time">เวลา {d.hour}.{d.minute:02d} น.</p>"""
        tags = ", ".join(f'<a href="/tag/{esc(t)}/" rel="tag">{esc(t)}</a>' for t in a.tags)
        rel = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.related(a))
        nav = '<nav class="paginator" aria-label="บทความก่อนหน้าและถัดไป">'
        if older:
            nav += f'<a rel="prev" href="{older.path}" title="{esc(older.title)}">&#171; {esc(older.title)}</a> '
        if newer:
            nav += f'<a rel="next" href="{newer.path}" title="{esc(newer.title)}">{esc(newer.title)} &#187;</a>'
        nav += "</nav>"
        comments = ""
        ncom = 1 if a.extra["comments"] else 0
        if ncom:
            comments = f"""<ol class="comments-list" reversed>
                        <li class="comment" id="c{a.id:06d}"><p class="comment-author">ชาวบ้านปัว <time datetime="{(d + dt.timedelta(days=1)).isoformat()}">{(d + dt.timedelta(days=1)).strftime("%d/%m/%Y")}</time></p><div class="comment-body"><p>{COMMENT_TEXT}</p></div></li>
                    </ol>"""
        u = f"https://nan.cdd.example{a.path}"
        main_html = f"""                <article class="article" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
                    <p class="article-badges"><span class="pr-no">ข่าวประชาสัมพันธ์ฉบับที่ {a.extra["no"]}/{be(d)}</span> <span class="fy">ปีงบประมาณ {be(d) + (1 if d.month >= 10 else 0)}</span></p>
                    <h1 itemprop="headline">{esc(a.title)}</h1>
{date_html}
                    <div class="article-tools"><a href="javascript:window.print()">พิมพ์</a> | {SHARE} <a href="https://www.facebook.com/sharer.php?u={u}">Facebook</a> <a href="https://social-plugins.line.me/lineit/share?url={u}">LINE</a> <a href="https://twitter.com/intent/tweet?url={u}">X</a></div>
                    <div itemprop="articleBody">
{self.text_html(a)}
                    </div>
                    <p class="article-tags">แท็ก: {tags}</p>
                    <p class="article-author">โดย <span itemprop="author">prnan</span> | หมวด <a href="/news/?c=activity">กิจกรรม</a></p>
                </article>

                {nav}

                <section class="related">
                    <h4>{RELATED}</h4>
                    <ul>{rel}</ul>
                </section>

                <section class="comments" id="comments">
                    <h2>ความคิดเห็น ({ncom})</h2>
                    {comments}
                    <form id="txpCommentInputForm" method="post" action="{a.path}#cpreview">
                        <h3>{COMMENT_HEAD}</h3>
                        <p><label for="name">ชื่อ</label> <input id="name" name="name" type="text" required></p>
                        <p><label for="email">อีเมล</label> <input id="email" name="email" type="email"></p>
                        <p><label for="message">ข้อความ</label> <textarea id="message" name="message" rows="6" required></textarea></p>
                        <p><input type="submit" class="button" name="preview" value="ดูตัวอย่าง"> <input type="submit" class="button" name="submit" value="ส่ง"></p>
                    </form>
                </section>"""
        crumb = f'            <p class="breadcrumb"><a href="/">หน้าแรก</a> &#187; <a href="/news/">{SECTION}</a> &#187; {esc(a.title)}</p>'
        return self.html_response(
            self.shell(
                f"{a.title} | {OFFICE}",
                "article-page",
                main_html,
                f'    <meta name="description" content="{esc(a.paras[0][:150])}">',
                crumb,
            )
        )

    def render_deleted(self):
        main_html = f"""                <article class="article">
                    <h1 itemprop="headline">เฉพาะสมาชิก</h1>
                    <p>{LOGIN}</p>
                    <form method="post" action="/login/" class="login-form">
                        <p><label for="p_userid">ชื่อผู้ใช้</label> <input id="p_userid" name="p_userid" type="text"></p>
                        <p><label for="p_password">รหัสผ่าน</label> <input id="p_password" name="p_password" type="password"></p>
                        <p><input type="submit" value="เข้าสู่ระบบ"></p>
                    </form>
                </article>"""
        return self.html_response(self.shell(f"เฉพาะสมาชิก | {OFFICE}", "article-page", main_html))

    # ------------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        path = unquote(path)
        if path in ("/", "/news"):
            return 301, {"Location": f"{base}/news/"}, b""
        if path == "/news/":
            pg = query.get("pg", ["1"])[0]
            if not pg.isdigit():
                return None
            return self.render_listing(int(pg))
        m = re.fullmatch(r"/news/(\d+)(?:/([\w-]*))?/?", path)
        if m:
            aid = int(m[1])
            if aid == DELETED_ID:
                return self.render_deleted()
            a = self.by_id.get(aid)
            if a is None:
                return None
            if a.extra["retry"]:
                with self._lock:
                    first = a.path not in self._asked
                    self._asked.add(a.path)
                if first:
                    body = (
                        b"<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head>"
                        b"<body><h1>Service Unavailable</h1><p>The server is temporarily unable to "
                        b"service your request due to maintenance downtime or capacity problems. "
                        b"Please try again later.</p></body></html>"
                    )
                    return (
                        503,
                        {"Content-Type": "text/html; charset=iso-8859-1", "Retry-After": "1"},
                        body,
                    )
            return self.render_article(a)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            import html as _h

            page = _h.unescape(self.render_article(a)[2].decode("utf-8"))
            i = self.articles.index(a)
            nb = [self.articles[j].title for j in (i - 1, i + 1) if 0 <= j < len(self.articles)]
            d = a.published
            must_not = [
                f"ข่าวประชาสัมพันธ์ฉบับที่ {a.extra['no']}/{be(d)}",
                "ปีงบประมาณ",
                SLOGAN,
                FONT,
                SHARE,
                "พิมพ์",
                "แท็ก:",
                RELATED,
                RECENT,
                COMMENT_HEAD,
                COMMENT_TEXT,
                "ความคิดเห็น (",
                "ดูตัวอย่าง",
                COUNTER,
                PDPA,
                POWERED,
                "ลิงก์หน่วยงาน",
                *[x.title for x in self.related(a)],
                *[x.title for x in self.articles[:6] if x is not a],
                *nb,
            ]
            must_not = [s for s in must_not if s in page]
            rec = expected_record(a, must_not=must_not)
            out.append(rec)
        return out


SITE = TextpatternSite()

if __name__ == "__main__":
    main(SITE)
