"""Blind-9 red-team site: SilverStripe 4 + silverstripe/blog with the stock "simple" theme of a
provincial court (ศาลจังหวัด), whose theme strings were never translated, built blind.

What it imitates:
- the simple theme: `header.header` with the brand and `nav.primary`, `div.main` >
  `div.inner.typography.line` > `div.content-container.unit.size3of4.lastUnit`, sidebar
  `aside` with the blog widgets ("Recent Posts", "Archive", "Categories"), footer with
  "Powered by SilverStripe"; `<title>` "headline &raquo; site";
- the post `/news/<url-segment>` (the editors' Latin URL segments, e.g. `/news/pr-67-015`):
  `article > h1` (the headline), `p.blog-post-meta` in **English**: "Posted by
  <a>ประชาสัมพันธ์</a> in <a>ข่าวประชาสัมพันธ์</a> on <a href=/news/archive/2024/02/15>
  February 15, 2024</a>" (CE, no time anywhere), then `div.content` holding the text, an
  announcement PDF embedded with `<object>` and a "ดาวน์โหลดไฟล์ PDF (245 KB)" link, and, for
  some posts, the office name alone as the right-aligned last line (the source, no label);
  "Tags:" links; "Comments" with "Post your comment" form (Name, Email, Comments);
- the listing `/news`, `/news?start=N` (PaginatedList): summaries with the English meta and
  "Read more &raquo;", a pager "Page 1 of 3", "Prev", numbers, "Next"; category and tag pages
  repeat the first page;
- no counter, no modified date;
- the deleted post keeps its title but its content was replaced by "ข่าวนี้ถูกยกเลิกแล้ว".
"""

from __future__ import annotations

import datetime as dt

from ._common import esc, main
from .b9_common import B9Site, build, record

SITE_NAME = "ศาลจังหวัดนครพนม"
CAT = "ข่าวประชาสัมพันธ์"
SOURCES = ["งานประชาสัมพันธ์ ศาลจังหวัดนครพนม", None, None, "ส่วนบริการประชาชนและประชาสัมพันธ์", None]
EN_MONTHS = [
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
DELETED = "/news/pr-67-099"


def en(d):
    return f"{EN_MONTHS[d.month - 1]} {d.day}, {d.year}"


class SilverStripeSite(B9Site):
    key = "b9_silverstripe_blog"
    family = "generic"
    imitates = "SilverStripe 4 + blog module, stock simple theme with English strings (provincial court): /news/pr-67-NNN, article h1, 'Posted by X in ข่าวประชาสัมพันธ์ on February 15, 2024' (English, CE, no time), text with an embedded announcement PDF and 'ดาวน์โหลดไฟล์ PDF', the office name alone as the last line (source), Tags:, Comments form, Recent Posts / Archive widgets; /news?start=N with 'Page 1 of 3'; deleted = 'ข่าวนี้ถูกยกเลิกแล้ว'"
    listing_path = "/news"
    per_page = 10

    def __init__(self):
        self.articles = build(
            self.key, 23, 47, SOURCES, dt.datetime(2024, 2, 29, 16, 0), first_id=0, step=1
        )
        for a in self.articles:
            a.path = f"/news/pr-67-{a.id:03d}"
            a.time_printed = False
            a.modified = None
            a.views = None
        self.setup_routes()

    def page_url(self, k):
        return "/news" if k == 0 else f"/news?start={k * self.per_page}"

    def deleted_paths(self):
        return [DELETED]

    def tag_slug(self, t):
        return "tag-" + str(sum(map(ord, t)) % 997)

    def shell(self, title, content):
        recent = "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in self.articles[:5]
        )
        months = []
        for x in self.articles:
            m = (x.published.year, x.published.month)
            if m not in months:
                months.append(m)
        arch = "".join(
            f'<li><a href="/news/archive/{y}/{mo:02d}">{EN_MONTHS[mo - 1]} {y}</a></li>'
            for y, mo in months
        )
        return f"""<!DOCTYPE html>
<!--[if !IE]><!-->
<html lang="th-TH">
<!--<![endif]-->
<head>
<base href="/"><!--[if lte IE 6]></base><![endif]-->
<title>{esc(title)} &raquo; {SITE_NAME}</title>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="generator" content="SilverStripe - https://www.silverstripe.org">
<link rel="shortcut icon" href="themes/simple/images/favicon.ico">
<link rel="stylesheet" type="text/css" href="/_resources/themes/simple/css/reset.css?m=1706000000">
<link rel="stylesheet" type="text/css" href="/_resources/themes/simple/css/typography.css?m=1706000000">
<link rel="stylesheet" type="text/css" href="/_resources/themes/simple/css/layout.css?m=1706000000">
</head>
<body class="Blog" dir="ltr">
<header class="header" role="banner">
<div class="inner"><div class="unit size4of4 lastUnit">
<a href="/" class="brand" rel="home"><h1>{SITE_NAME}</h1><p>Nakhon Phanom Provincial Court</p></a>
<nav class="primary"><span class="nav-open-button">²</span><ul><li class="link"><a href="/" title="หน้าแรก">หน้าแรก</a></li><li class="section"><a href="/news" title="{CAT}">{CAT}</a></li><li class="link"><a href="/services/" title="บริการประชาชน">บริการประชาชน</a></li><li class="link"><a href="/contact-us/" title="ติดต่อศาล">ติดต่อศาล</a></li></ul></nav>
</div></div>
</header>
<div class="main" role="main">
<div class="inner typography line">
{content}
<aside class="sidebar unit size1of4">
<div class="widget RecentPostsWidget"><h3>Recent Posts</h3><ul>{recent}</ul></div>
<div class="widget ArchiveWidget"><h3>Archive</h3><ul>{arch}</ul></div>
<div class="widget CategoriesWidget"><h3>Categories</h3><ul><li><a href="/news/category/pr-news">{CAT}</a></li></ul></div>
</aside>
</div>
</div>
<footer class="footer" role="contentinfo">
<div class="inner"><div class="unit size4of4 lastUnit"><div class="left">{SITE_NAME} ถนนอภิบาลบัญชา ตำบลในเมือง อำเภอเมืองนครพนม จังหวัดนครพนม 48000</div><small class="right"><a href="http://www.silverstripe.org">Powered by SilverStripe</a></small></div></div>
</footer>
<script type="text/javascript" src="/_resources/themes/simple/javascript/script.js?m=1706000000"></script>
</body>
</html>
"""

    def meta(self, d, author="ประชาสัมพันธ์"):
        return f'<p class="blog-post-meta">Posted by <a href="/news/profile/pr">{author}</a> in <a href="/news/category/pr-news">{CAT}</a> on <a href="/news/archive/{d.year}/{d.month:02d}/{d.day:02d}">{en(d)}</a></p>'

    def listing(self, k, category=False):
        posts = []
        for j, a in enumerate(self.pages[k]):
            posts.append(self.summary(a.path, a.title, a.published, a.paras[0]))
            if k == 1 and j == 5 and not category:
                posts.append(
                    self.summary(
                        DELETED,
                        "ประกาศรายชื่อผู้ผ่านการคัดเลือกเป็นผู้ประนีประนอมประจำศาล",
                        dt.datetime(2024, 1, 19),
                        "รายละเอียดตามเอกสารแนบ",
                    )
                )
        last = len(self.pages)
        pg = '<ul class="pagination">'
        if k > 0:
            pg += f'<li class="prev"><a href="{self.page_url(k - 1)}">Prev</a></li>'
        for n in range(last):
            pg += (
                f'<li class="active"><span>{n + 1}</span></li>'
                if n == k
                else f'<li><a href="{self.page_url(n)}">{n + 1}</a></li>'
            )
        if k < last - 1:
            pg += f'<li class="next"><a href="{self.page_url(k + 1)}">Next</a></li>'
        pg += f'</ul><p class="pagination-page">Page {k + 1} of {last}</p>'
        content = f"""<div class="content-container unit size3of4 lastUnit">
<article><h1>{CAT}</h1><div class="content"><p>ข่าวสารและกิจกรรมของ{SITE_NAME}</p></div></article>
{"".join(posts)}
<div class="blog-pagination">{pg}</div>
</div>"""
        return self.shell(CAT, content)

    def summary(self, path, title, d, first):
        return f"""<div class="post-summary">
<h2><a href="{path}" title="Read more on &quot;{esc(title)}&quot;">{esc(title)}</a></h2>
{self.meta(d)}
<p>{esc(first[:200])}...</p>
<p><a href="{path}" class="more">Read more &raquo;</a></p>
</div>"""

    def detail(self, a):
        paras = "".join(f"<p>{esc(p)}</p>" for p in a.paras)
        pdf = f'<p><object data="/assets/Uploads/announce-{a.id:03d}.pdf" type="application/pdf" width="100%" height="600"></object></p><p><a href="/assets/Uploads/announce-{a.id:03d}.pdf" class="file">ดาวน์โหลดไฟล์ PDF ({120 + a.id * 7} KB)</a></p>'
        src = f'<p style="text-align: right;">{esc(a.source)}</p>' if a.source else ""
        tags = ""
        if a.tags:
            tags = (
                '<div class="blog-post-tags"><p>Tags: '
                + ", ".join(f'<a href="/news/tag/{self.tag_slug(t)}">{esc(t)}</a>' for t in a.tags)
                + "</p></div>"
            )
        content = f"""<div class="content-container unit size3of4 lastUnit">
<article>
<h1>{esc(a.title)}</h1>
{self.meta(a.published)}
<div class="content">{paras}{pdf}{src}</div>
{tags}
</article>
<div id="Comments"><h4>Comments</h4><p class="no-comments-yet">No one has commented on this page yet.</p>
<h4>Post your comment</h4>
<form id="CommentForm_CommentsForm" action="/comments/CommentsForm" method="post" enctype="application/x-www-form-urlencoded"><fieldset>
<div id="CommentForm_CommentsForm_Name_Holder" class="field text"><label class="left" for="CommentForm_CommentsForm_Name">Your name</label><div class="middleColumn"><input type="text" name="Name" class="text" id="CommentForm_CommentsForm_Name" required="required" aria-required="true"></div></div>
<div id="CommentForm_CommentsForm_Email_Holder" class="field email text"><label class="left" for="CommentForm_CommentsForm_Email">Your email address (will not be published)</label><div class="middleColumn"><input type="email" name="Email" class="email text" id="CommentForm_CommentsForm_Email"></div></div>
<div id="CommentForm_CommentsForm_Comment_Holder" class="field textarea"><label class="left" for="CommentForm_CommentsForm_Comment">Comments</label><div class="middleColumn"><textarea name="Comment" class="textarea" id="CommentForm_CommentsForm_Comment" rows="5" cols="20"></textarea></div></div>
<input type="hidden" name="ParentID" value="{a.id}" class="hidden">
</fieldset><div class="clear"></div><div class="btn-toolbar"><input type="submit" name="action_doPostComment" value="Post" class="action" id="CommentForm_CommentsForm_action_doPostComment"></div></form>
</div>
</div>"""
        return self.shell(a.title, content)

    def deleted(self):
        d = dt.datetime(2024, 1, 19)
        content = f"""<div class="content-container unit size3of4 lastUnit">
<article><h1>ประกาศรายชื่อผู้ผ่านการคัดเลือกเป็นผู้ประนีประนอมประจำศาล</h1>{self.meta(d)}<div class="content"><p>ข่าวนี้ถูกยกเลิกแล้ว</p></div></article>
</div>"""
        return self.shell("ประกาศรายชื่อผู้ผ่านการคัดเลือกเป็นผู้ประนีประนอมประจำศาล", content)

    def extra_route(self, key, query):
        if key == "/news/category/pr-news":
            return self.html_response(self.listing(0, category=True))
        for a in self.articles:
            for t in a.tags:
                if key == f"/news/tag/{self.tag_slug(t)}":
                    return self.html_response(self.listing(0, category=True))
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                "Posted by",
                f"in {CAT} on",
                en(a.published),
                "ดาวน์โหลดไฟล์ PDF",
                "Tags:",
                "Comments",
                "Post your comment",
                "No one has commented",
                "Recent Posts",
                "Archive",
                "Powered by SilverStripe",
                "Nakhon Phanom Provincial Court",
                "ถนนอภิบาลบัญชา",
            ] + [x.title for x in self.articles[:5] if x is not a][:2]
            out.append(record(self, a, must_not))
        return out


SITE = SilverStripeSite()

if __name__ == "__main__":
    main(SITE)
