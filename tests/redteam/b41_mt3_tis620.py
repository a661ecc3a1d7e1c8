"""Blind-41 red-team site (part B): **Movable Type 3.2 static blog published in TIS-620** by a
sub-district administrative organisation (องค์การบริหารส่วนตำบลหนองบัว), built blind.

What it imitates:
- MT 3 static publishing: individual archives `/archives/000123.html`, **monthly date archives**
  `/archives/2006_04.html` as the only "pagination" (the main index holds the newest 6 entries
  and an "Archives" month list), `index.rdf` / `atom.xml` feeds, `mt-comments.cgi`,
  `mt-tb.cgi`, `mt-search.cgi` paths, generator meta "Movable Type 3.2";
- PublishCharset TIS-620: bytes are windows-874 (cp874 punctuation included), the HTTP header
  carries no charset, the meta says **`charset=TIS-620`**;
- the MT 3 default "Individual Entry Archive" layout: banner `h1` = blog name, `<title>`
  "blog name: entry title", a **date header `h2.date-header` "Wednesday, April 05, 2006"**
  (English, CE), headline in `h3.entry-header`, body, and the **time only in the entry footer
  "Posted by pr_admin at 02:20 PM"** (12-hour clock), Permalink / Comments (n) / TrackBack (n),
  the embedded RDF trackback block with `dc:date`, "« previous | Main | next »" with neighbour
  titles, tags line "Tags: …" (MT 3.3 style), "แก้ไขล่าสุด …" typed by a webmaster template
  tweak on edited entries only, "ข่าว/ภาพ : …" sign-off (some), a picture (some),
  TrackBack URL, comments with the English "Post a comment" form, sidebar search / recent
  entries / archives / categories, Truehits counter.
Deleted: `/archives/000118.html` answers 200 with the site's ErrorDocument page made from the
MT search template ("ไม่พบหน้าที่ท่านต้องการ").
"""

from __future__ import annotations

import datetime as dt

from ._common import TZ, BaseSite, esc, expected_record, main, make_articles
from .b26a_common import drop_corpus_signoffs
from .b32b_common import drop_contact_tails

BLOG = "องค์การบริหารส่วนตำบลหนองบัว - ข่าวประชาสัมพันธ์"
OFFICE = "องค์การบริหารส่วนตำบลหนองบัว"
SOURCES = ["งานประชาสัมพันธ์ อบต.หนองบัว", None, "สำนักปลัด อบต.หนองบัว", None, None]
DELETED = "/archives/000118.html"
COUNTER = "จำนวนผู้เข้าชม 48,211 คน"
FOOTER = "องค์การบริหารส่วนตำบลหนองบัว อำเภอเมือง จังหวัดอุดรธานี 41000 โทร. 0-4224-1185"
MONTHS_EN = (
    "January February March April May June July August September October November December".split()
)
DAYS_EN = "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()


def date_header(d: dt.datetime) -> str:
    return f"{DAYS_EN[d.weekday()]}, {MONTHS_EN[d.month - 1]} {d.day:02d}, {d.year}"


def ampm(d: dt.datetime) -> str:
    return d.strftime("%I:%M %p")


def month_path(d) -> str:
    return f"/archives/{d.year}_{d.month:02d}.html"


def month_name(d) -> str:
    return f"{MONTHS_EN[d.month - 1]} {d.year}"


def cp874_safe(s: str) -> str:
    return s.replace("●", "-").encode("cp874", "replace").decode("cp874")


class MT3Site(BaseSite):
    key = "b41_mt3_tis620"
    family = "generic"
    imitates = "Movable Type 3.2 static blog of a sub-district office published in TIS-620 (cp874 bytes, no header charset, meta charset=TIS-620): /archives/000123.html individual archives, monthly date archives as the only pagination, banner h1 = blog name, <title> 'blog: entry', English date header h2.date-header 'Wednesday, April 05, 2006' apart from the headline h3.entry-header, the time only in the entry footer 'Posted by pr_admin at 02:20 PM', RDF trackback dc:date, prev/Main/next with neighbour titles, Tags line, webmaster 'แก้ไขล่าสุด' on edited entries, 'ข่าว/ภาพ :' sign-off (some), comments + English comment form, sidebar recent/archives/categories, Truehits; deleted = ErrorDocument page answering 200"
    listing_path = "/"
    charset = "cp874"

    def __init__(self):
        arts = make_articles(
            self.key, 22, start=dt.datetime(2006, 5, 20, 17, 0, tzinfo=TZ), offset=3
        )
        drop_corpus_signoffs(arts)
        drop_contact_tails(arts)
        for i, a in enumerate(arts):
            # spread over four months (a small office posts every few days)
            day = dt.datetime(2006, 5, 18, tzinfo=TZ) - dt.timedelta(days=5 * i + i % 3)
            a.published = day.replace(hour=8 + (i * 5) % 9, minute=(i * 13) % 60)
            a.title = cp874_safe(a.title)
            a.paras = [cp874_safe(p) for p in a.paras]
            a.id = 161 - 2 * i
            a.path = f"/archives/{a.id:06d}.html"
            a.time_printed = True
            if a.modified:
                a.modified = a.published + dt.timedelta(days=1 + i % 3, hours=2, minutes=7 * i % 60)
            a.source = SOURCES[i % len(SOURCES)]
            a.views = None
            a.extra["image"] = i % 5 == 2
            a.extra["comments"] = (i * 7) % 4
        self.articles = arts
        self.by_path = {a.path: a for a in arts}
        months = []
        for a in arts:
            if month_path(a.published) not in [m[0] for m in months]:
                months.append((month_path(a.published), a.published))
        self.months = months
        assert len(months) >= 3 and DELETED not in self.by_path

    def listing_pages(self):
        return ["/"] + [m[0] for m in self.months]

    def deleted_paths(self):
        return [DELETED]

    def sidebar(self):
        recent = "".join(
            f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in self.articles[:5]
        )
        months = "".join(f'<li><a href="{p}">{month_name(d)}</a></li>' for p, d in self.months)
        return f"""<div id="beta"><div id="beta-inner" class="pkg">
<div class="module-search module"><h2 class="module-header">Search</h2><div class="module-content"><form method="get" action="/mt/mt-search.cgi"><input type="hidden" name="IncludeBlogs" value="1" /><label for="search" accesskey="4">Search this blog:</label><br /><input id="search" name="search" size="20" /><br /><input type="submit" value="Search" /></form></div></div>
<div class="module-categories module"><h2 class="module-header">Categories</h2><div class="module-content"><ul class="module-list"><li class="module-list-item"><a href="/archives/cat_news.html">ข่าวประชาสัมพันธ์</a></li><li class="module-list-item"><a href="/archives/cat_procure.html">ประกาศสอบราคา</a></li></ul></div></div>
<div class="module-archives module"><h2 class="module-header">Recent Entries</h2><div class="module-content"><ul class="module-list">{recent}</ul></div></div>
<div class="module-archives module"><h2 class="module-header"><a href="/archives/">Archives</a></h2><div class="module-content"><ul class="module-list">{months}</ul></div></div>
<div class="module-syndicate module"><div class="module-content"><a href="/index.rdf">Subscribe to this blog's feed</a><br /><a href="/atom.xml">Atom</a></div></div>
<div class="module-powered module"><div class="module-content">Powered by<br /><a href="http://www.sixapart.com/movabletype/">Movable Type 3.2</a></div></div>
</div></div>"""

    def shell(self, title, content, body_id):
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard">
<head>
   <meta http-equiv="Content-Type" content="text/html; charset=TIS-620" />
   <meta name="generator" content="Movable Type 3.2" />
   <link rel="stylesheet" href="/styles-site.css" type="text/css" />
   <link rel="alternate" type="application/atom+xml" title="Atom" href="/atom.xml" />
   <link rel="alternate" type="application/rss+xml" title="RSS 1.0" href="/index.rdf" />
   <link rel="EditURI" type="application/rsd+xml" title="RSD" href="/rsd.xml" />
   <title>{esc(title)}</title>
   <script type="text/javascript" src="/mt-site.js"></script>
</head>
<body class="layout-two-column-right" id="{body_id}" onload="individualArchivesOnLoad(commenter_name)">
<div id="container"><div id="container-inner" class="pkg">
<div id="banner"><div id="banner-inner" class="pkg">
<h1 id="banner-header"><a href="/" accesskey="1">{esc(BLOG)}</a></h1>
<h2 id="banner-description">ข่าวสารจาก {OFFICE} อำเภอเมือง จังหวัดอุดรธานี</h2>
</div></div>
<table width="100%" bgcolor="#336633"><tr><td><font color="#FFFFFF" size="2"><a href="http://www.nongbua.go.th/"><font color="#FFFFFF">หน้าแรก อบต.</font></a> | <a href="/"><font color="#FFFFFF">ข่าวประชาสัมพันธ์</font></a> | <a href="http://www.nongbua.go.th/webboard/"><font color="#FFFFFF">กระดานข่าว</font></a></font></td></tr></table>
<div id="pagebody"><div id="pagebody-inner" class="pkg">
<div id="alpha"><div id="alpha-inner" class="pkg">
{content}
</div></div>
{self.sidebar()}
</div></div>
<div id="footer"><font size="1">{FOOTER}<br />{COUNTER} <script language="javascript1.1">page="nongbua";</script><script language="javascript1.1" src="http://hits.truehits.in.th/data/t0012345.js"></script><noscript><a target="_blank" href="http://truehits.net/stat.php?id=t0012345"><img src="http://hits.truehits.in.th/noscript.php?id=t0012345" alt="Thailand Web Stat" border="0" width="14" height="17" /></a></noscript></font></div>
</div></div>
</body>
</html>
"""

    def entry_block(self, a, full):
        paras = "\n".join(f"<p>{esc(p)}</p>" for p in a.paras)
        if a.extra["image"]:
            paras = (
                f'<p><a href="/archives/images/{a.id}.jpg"><img alt="{a.id}.jpg" src="/archives/images/{a.id}-thumb.jpg" width="400" height="300" /></a></p>\n'
                + paras
            )
        if a.source:
            paras += f"\n<p><strong>ข่าว/ภาพ : {esc(a.source)}</strong></p>"
        if not full:
            body = f'<p>{esc(a.paras[0])}</p>\n<p class="entry-more-link"><a href="{a.path}#more">อ่านต่อ &raquo;</a></p>'
        else:
            body = paras
        tags = ""
        if a.tags:
            tags = (
                '<p class="entry-tags">Tags: '
                + ", ".join(
                    f'<a href="/mt/mt-search.cgi?tag={esc(t)}&amp;blog_id=1" rel="tag">{esc(t)}</a>'
                    for t in a.tags
                )
                + "</p>"
            )
        mod = ""
        if full and a.modified:
            mod = f'<p class="entry-modified"><font size="1" color="#999999">แก้ไขล่าสุด {a.modified:%d/%m/%Y %H:%M}</font></p>'
        n = a.extra["comments"]
        h = f'<a href="{a.path}">{esc(a.title)}</a>' if not full else esc(a.title)
        return f"""<div class="entry" id="entry-{a.id}">
<h3 class="entry-header">{h}</h3>
<div class="entry-content"><div class="entry-body">
{body}
</div><a id="more"></a></div>
{tags}{mod}
<p class="entry-footer"><span class="post-footers">Posted by pr_admin at {ampm(a.published)}</span> <span class="separator">|</span> <a class="permalink" href="{a.path}">Permalink</a> <span class="separator">|</span> <a href="{a.path}#comments">Comments ({n})</a> <span class="separator">|</span> <a href="{a.path}#trackback">TrackBack (0)</a></p>
</div>"""

    def index_page(self, arts, title):
        out = []
        last = None
        for a in arts:
            d = a.published.date()
            if d != last:
                out.append(f'<h2 class="date-header">{date_header(a.published)}</h2>')
                last = d
            out.append(self.entry_block(a, False))
        return self.shell(title, "\n".join(out), "main-index")

    def monthly(self, path):
        arts = [a for a in self.articles if month_path(a.published) == path]
        d = arts[0].published
        i = [m[0] for m in self.months].index(path)
        nav = []
        if i + 1 < len(self.months):
            nav.append(
                f'<a href="{self.months[i + 1][0]}">&laquo; {month_name(self.months[i + 1][1])}</a> |'
            )
        nav.append('<a href="/">Main</a>')
        if i > 0:
            nav.append(
                f'| <a href="{self.months[i - 1][0]}">{month_name(self.months[i - 1][1])} &raquo;</a>'
            )
        head = f'<p class="content-nav">{" ".join(nav)}</p>\n<h2 class="archive-header">{month_name(d)} Archives</h2>'
        html = self.index_page(arts, f"{BLOG}: {month_name(d)} Archives")
        html = html.replace(
            '<div id="alpha-inner" class="pkg">\n',
            '<div id="alpha-inner" class="pkg">\n' + head + "\n",
            1,
        )
        if i == 0:
            # the entry the office took down is still in the rebuilt-before-deletion month page
            ghost = f"""<div class="entry" id="entry-118"><h3 class="entry-header"><a href="{DELETED}">ประกาศรายชื่อผู้มีสิทธิ์สอบ (ฉบับแก้ไข)</a></h3><div class="entry-content"><div class="entry-body"><p>รายละเอียดตามเอกสารแนบ</p></div></div></div>"""
            html = html.replace(
                '<h2 class="date-header">', ghost + '\n<h2 class="date-header">', 2
            ).replace(ghost + "\n", "", 1)
        return html.replace('id="main-index"', 'id="archive-datebased"')

    def comments(self, a):
        n = a.extra["comments"]
        items = "".join(
            f'<div class="comment" id="comment-{a.id * 10 + j}"><div class="comment-content"><p>ขอบคุณสำหรับข่าวสารครับ</p></div><p class="comment-footer">Posted by: ชาวบ้านหมู่ {j + 3} <span class="separator">|</span> <a href="{a.path}#comment-{a.id * 10 + j}">{date_header(a.published + dt.timedelta(days=1))} at 08:1{j} PM</a></p></div>'
            for j in range(n)
        )
        return f"""<div class="trackbacks"><h3 id="trackback" class="trackbacks-header">TrackBack</h3><div class="trackbacks-info"><p>TrackBack URL for this entry:<br /><span id="trackbacks-link">http://www.nongbua.go.th/mt/mt-tb.cgi/{a.id}</span></p></div></div>
<div class="comments"><a id="comments"></a><h3 class="comments-header">Comments</h3><div class="comments-content">{items}</div></div>
<form method="post" action="/mt/mt-comments.cgi" name="comments_form" onsubmit="if (this.bakecookie[0].checked) rememberMe(this)"><input type="hidden" name="static" value="1" /><input type="hidden" name="entry_id" value="{a.id}" />
<div class="comments-open" id="comments-open"><h2 class="comments-open-header">Post a comment</h2><div class="comments-open-content">
<p><label for="comment-author">Name:</label><input id="comment-author" name="author" size="30" /></p>
<p><label for="comment-email">Email Address:</label><input id="comment-email" name="email" size="30" /></p>
<p><label for="comment-url">URL:</label><input id="comment-url" name="url" size="30" /></p>
<p><label for="comment-bake-cookie"><input type="checkbox" id="comment-bake-cookie" name="bakecookie" value="1" />Remember personal info?</label></p>
<p><label for="comment-text">Comments: (you may use HTML tags for style)</label><textarea id="comment-text" name="text" rows="10" cols="30"></textarea></p>
<div id="comments-open-footer" class="comments-open-footer"><input type="submit" accesskey="v" name="preview" id="comment-preview" value="Preview" /> <input type="submit" accesskey="s" name="post" id="comment-post" value="Post" /></div>
</div></div></form>"""

    def entry_page(self, a):
        i = self.articles.index(a)
        newer = self.articles[i - 1] if i > 0 else None
        older = self.articles[i + 1] if i + 1 < len(self.articles) else None
        nav = []
        if older:
            nav.append(f'<a href="{older.path}">&laquo; {esc(older.title)}</a> |')
        nav.append('<a href="/">Main</a>')
        if newer:
            nav.append(f'| <a href="{newer.path}">{esc(newer.title)} &raquo;</a>')
        rdf = f"""<!--
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"
         xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/"
         xmlns:dc="http://purl.org/dc/elements/1.1/">
<rdf:Description
    rdf:about="http://www.nongbua.go.th{a.path}"
    trackback:ping="http://www.nongbua.go.th/mt/mt-tb.cgi/{a.id}"
    dc:title="{esc(a.title)}"
    dc:identifier="http://www.nongbua.go.th{a.path}"
    dc:subject="ข่าวประชาสัมพันธ์"
    dc:description="{esc(a.paras[0][:120])}..."
    dc:creator="pr_admin"
    dc:date="{a.published.isoformat()}" />
</rdf:RDF>
-->"""
        content = f"""<p class="content-nav">{" ".join(nav)}</p>
<h2 class="date-header">{date_header(a.published)}</h2>
{self.entry_block(a, True)}
<p align="right"><font size="2"><a href="javascript:window.print()">[ พิมพ์หน้านี้ ]</a> <a href="mailto:?subject={a.id}">[ ส่งให้เพื่อน ]</a></font></p>
{rdf}
{self.comments(a)}"""
        return self.shell(f"{BLOG}: {a.title}", content, "individual-archive")

    def not_found(self):
        content = """<h2 class="date-header">ไม่พบหน้าที่ท่านต้องการ</h2>
<div class="entry"><div class="entry-content"><p>หน้าที่ท่านเรียกอาจถูกลบหรือย้ายไปแล้ว กรุณาค้นหาจากช่องค้นหาด้านขวา หรือกลับไปที่ <a href="/">หน้าหลัก</a></p></div></div>"""
        return self.shell(f"{BLOG}: ไม่พบหน้า", content, "search-results")

    def route(self, path, query, raw_query, base):
        if path in ("/", "/index.html"):
            return self.html_response(
                self.index_page(self.articles[:6], BLOG), content_type="text/html"
            )
        if path in [m[0] for m in self.months]:
            return self.html_response(self.monthly(path), content_type="text/html")
        if path in self.by_path:
            return self.html_response(self.entry_page(self.by_path[path]), content_type="text/html")
        if path == DELETED:
            return self.html_response(self.not_found(), content_type="text/html")
        return None

    def expected(self):
        out = []
        for i, a in enumerate(self.articles):
            n = a.extra["comments"]
            must_not = [
                f"Posted by pr_admin at {ampm(a.published)}",
                date_header(a.published),
                "Permalink",
                f"Comments ({n})",
                "TrackBack (0)",
                "TrackBack URL for this entry:",
                "Post a comment",
                "Remember personal info?",
                "Search this blog:",
                "Recent Entries",
                "Subscribe to this blog's feed",
                "[ พิมพ์หน้านี้ ]",
                "[ ส่งให้เพื่อน ]",
                "ขอบคุณสำหรับข่าวสารครับ" if n else "",
                "Tags:",
                COUNTER,
                FOOTER,
            ]
            if a.modified:
                must_not.append(f"แก้ไขล่าสุด {a.modified:%d/%m/%Y %H:%M}")
            must_not += [x.title for x in self.articles[:5] if x is not a]
            for j in (i - 1, i + 1):
                if 0 <= j < len(self.articles):
                    must_not.append(self.articles[j].title)
            out.append(expected_record(a, published_time=True, views=False, must_not=must_not))
        return out


SITE = MT3Site()

if __name__ == "__main__":
    main(SITE)
