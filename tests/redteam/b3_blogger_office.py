"""Blind-3 red-team site: a district office's news blog on Blogger (blogspot), classic
"Simple"-style layout (built blind).

What it imitates (facts about Blogger's printed markup, not its code):
- the blog name is the only `h1` (`div.header-inner h1.title`); posts carry
  `h3.post-title.entry-title`; `<title>` is "BLOG NAME: post title";
- post URLs `/YYYY/MM/slug.html`: Latin words of the title become the slug
  (`one-transport-for-all-2019.html`), all-Thai titles become `blog-post_DD.html`
  (with more digits when taken);
- the home page lists posts up to the jump break ("อ่านเพิ่มเติม »"), grouped under
  `h2.date-header` "วันพุธที่ 3 ตุลาคม พ.ศ. 2561"; older pages are *date cursors*
  `/search?updated-max=2018-10-03T17:08:00%2B07:00&max-results=8` (`div.blog-pager`,
  "บทความที่เก่ากว่า" / "บทความใหม่กว่า", "หน้าแรก");
- the item page: `div.post.hentry` (schema.org BlogPosting microdata),
  `div.post-body.entry-content` with Blogger-compose HTML: `div.separator` images,
  `<div>` lines with `&nbsp;` indents and `<div><br /></div>` gaps, and the sign-off
  "ภาพ/ข่าว : OFFICE" typed last;
- `div.post-footer`: "โพสต์โดย ...", "ที่ <abbr class="published" title="ISO">17:08</abbr>"
  (the only time, and the ISO date with +07:00), "ไม่มีความคิดเห็น:", share buttons
  ("ส่งอีเมลข้อมูลนี้", "BlogThis!", "แชร์ไปที่ Facebook"), "ป้ายกำกับ:" labels;
- comments block ("แสดงความคิดเห็น"), blog pager to neighbour posts (no titles),
  "สมัครสมาชิก: ส่งความคิดเห็น (Atom)", and sidebar widgets: PopularPosts
  "บทความที่ได้รับความนิยม" (titles + snippets), BlogArchive "คลังบทความของบล็อก", Stats
  "จำนวนการดูหน้าเว็บรวม" (a site total, not the post's), Profile "เกี่ยวกับฉัน";
- no per-post counter and no modified date are printed;
- the deleted item: a post URL linked from page 2 that answers 200 with Blogger's
  status message "ขออภัย ไม่พบข้อมูลที่คุณกำลังมองหาในบล็อกนี้".
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import quote

from ._common import (
    MONTHS,
    TZ,
    WEEKDAYS,
    Article,
    BaseSite,
    be,
    esc,
    expected_record,
    main,
    make_articles,
    qs1,
)
from .b3_common import ensure_source

BLOG_NAME = "ศูนย์ข่าวที่ว่าการอำเภอเชียงคำ"
PER_PAGE = 8
BLOG_ID = "4419377381239907123"
SOURCES = ["กลุ่มงานบริหารทั่วไป ที่ว่าการอำเภอเชียงคำ", None, "สำนักงานประชาสัมพันธ์จังหวัดพะเยา"]
DELETED_PATH = "/2018/09/blog-post_99.html"


def date_header(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} พ.ศ. {be(d)}"


def slug(a: Article, taken: set[str]) -> str:
    words = [w.lower() for w in re.findall(r"[A-Za-z0-9]+", a.title)]
    base = "-".join(words)[:40].strip("-") if sum(len(w) for w in words) >= 6 else ""
    d = a.published
    cand = f"/{d.year}/{d.month:02d}/{base or f'blog-post_{d.day:02d}'}.html"
    k = 1
    while cand in taken:
        cand = f"/{d.year}/{d.month:02d}/{base + '_' + str(k) if base else f'blog-post_{d.day:02d}{k}'}.html"
        k += 1
    taken.add(cand)
    return cand


def build() -> list[Article]:
    arts = make_articles(
        "b3_blogger_office", 23, start=dt.datetime(2018, 12, 28, 18, 0, tzinfo=TZ), offset=27
    )
    taken: set[str] = {DELETED_PATH}
    for i, a in enumerate(arts):
        a.id = 8123456789012345000 - i * 7919
        a.time_printed = True
        a.modified = None
        a.views = None
        a.source = SOURCES[i % len(SOURCES)]
        ensure_source(a, SOURCES[0])
        a.path = slug(a, taken)
    return arts


def cursor(d: dt.datetime) -> str:
    return d.isoformat()  # 2018-10-03T17:08:00+07:00


class BloggerSite(BaseSite):
    key = "b3_blogger_office"
    family = "generic"
    imitates = "Blogger (blogspot) classic layout: h3.post-title, abbr.published, jump breaks, updated-max date-cursor pager"
    listing_path = "/"

    def __init__(self):
        self.articles = build()
        self.by_path = {a.path: a for a in self.articles}
        # listing pages as Blogger cuts them: 8 posts, the next page starts below the last
        self.page_starts = list(range(0, len(self.articles), PER_PAGE))

    def page_href(self, k: int) -> str:
        if k == 0:
            return "/"
        last = self.articles[self.page_starts[k] - 1]
        return (
            f"/search?updated-max={quote(cursor(last.published), safe=':')}&max-results={PER_PAGE}"
        )

    def listing_pages(self):
        return [self.page_href(k) for k in range(len(self.page_starts))]

    def deleted_paths(self):
        return [DELETED_PATH]

    # ------------------------------------------------------------ template
    def shell(self, base, *, title, main_html, item_url=None):
        popular = "".join(
            f'<li><div class="item-content"><div class="item-title"><a href="{base}{x.path}">{esc(x.title)}</a></div><div class="item-snippet">{esc(x.paras[0][:90])}...</div></div><div style="clear: both;"></div></li>'
            for x in self.articles[2:6]
        )
        canonical = (
            f'<link rel="canonical" href="{base}{item_url}" />'
            if item_url
            else f'<link rel="canonical" href="{base}/" />'
        )
        return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='th' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{base}/favicon.ico' rel='icon' type='image/x-icon'/>
{canonical}
<link rel="alternate" type="application/atom+xml" title="{BLOG_NAME} - Atom" href="{base}/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="{BLOG_NAME} - RSS" href="{base}/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="{BLOG_NAME} - Atom" href="https://www.blogger.com/feeds/{BLOG_ID}/posts/default" />
<title>{esc(title)}</title>
<style id='page-skin-1' type='text/css'><!--
body {{ font: normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif; }}
--></style>
<link type='text/css' rel='stylesheet' href='https://www.blogger.com/static/v1/widgets/2975832423-widget_css_bundle.css' />
</head>
<body class='loading'>
<div class='navbar section' id='navbar' name='แถบนำทาง'><div class='widget Navbar' data-version='1' id='Navbar1'><script type="text/javascript">window.navbar = {{}};</script></div></div>
<div class='body-fauxcolumns'></div>
<div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='header-inner'><div class='section' id='header' name='ส่วนหัว'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{base}/'>{BLOG_NAME}</a></h1></div><div class='descriptionwrapper'><p class='description'><span>ข่าวสารและกิจกรรมของอำเภอเชียงคำ จังหวัดพะเยา</span></p></div></div>
</div></div></div></div></header>
<div class='main-outer'><div class='main-inner columns-2'>
<div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main' name='ส่วนหลัก'><div class='widget Blog' data-version='1' id='Blog1'>
{main_html}
</div></div>
</div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside>
<div class='sidebar section' id='sidebar-right-1'>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>บทความที่ได้รับความนิยม</h2><div class='widget-content popular-posts'><ul>{popular}</ul><div class='clear'></div></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>คลังบทความของบล็อก</h2><div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'><ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span class='zippy toggle-open'>▼&nbsp;</span></a><a class='post-count-link' href='{base}/2018/'>2018</a> <span class='post-count' dir='ltr'>({len(self.articles)})</span></li></ul></div></div><div class='clear'></div></div></div>
<div class='widget Stats' data-version='1' id='Stats1'><h2>จำนวนการดูหน้าเว็บรวม</h2><div class='widget-content'><div id='Stats1_content'><span class='counter-wrapper text-counter-wrapper' id='Stats1_totalCount'>184,530</span></div></div></div>
<div class='widget Profile' data-version='1' id='Profile1'><h2>เกี่ยวกับฉัน</h2><div class='widget-content'><dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile' href='https://www.blogger.com/profile/01234567890123456789' rel='author'>ประชาสัมพันธ์อำเภอเชียงคำ</a></dt></dl><a class='profile-link' href='https://www.blogger.com/profile/01234567890123456789' rel='author'>ดูโปรไฟล์ทั้งหมดของฉัน</a><div class='clear'></div></div></div>
</div>
</aside></div></div>
</div></div>
<footer><div class='footer-outer'><div class='section' id='footer-3'><div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>ธีมเรียบง่าย ขับเคลื่อนโดย <a href='https://www.blogger.com' target='_blank'>Blogger</a></div></div></div></div></footer>
</div></div></div>
<script type="text/javascript" src="https://www.blogger.com/static/v1/widgets/1601900224-widgets.js"></script>
</body>
</html>"""

    def body_html(self, a: Article, upto: int | None = None) -> str:
        img = f'<div class="separator" style="clear: both; text-align: center;"><a href="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh{a.id % 99991}/s1600/IMG_{a.id % 9000 + 1000}.JPG" style="margin-left: 1em; margin-right: 1em;"><img border="0" data-original-height="1067" data-original-width="1600" height="213" src="https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh{a.id % 99991}/s320/IMG_{a.id % 9000 + 1000}.JPG" width="320" /></a></div>'
        paras = a.paras if upto is None else a.paras[:upto]
        parts = [img, "<div><br /></div>"]
        for p in paras:
            parts.append(f"<div>&nbsp; &nbsp; &nbsp; &nbsp; {esc(p)}</div><div><br /></div>")
        if upto is None and a.source:
            parts.append(f"<div><b>ภาพ/ข่าว : {esc(a.source)}</b></div>")
        return "\n".join(parts)

    def post(self, base, a: Article, *, item: bool) -> str:
        url = f"{base}{a.path}"
        title = (
            f"<h3 class='post-title entry-title' itemprop='name'>\n{esc(a.title)}\n</h3>"
            if item
            else f"<h3 class='post-title entry-title' itemprop='name'>\n<a href='{url}'>{esc(a.title)}</a>\n</h3>"
        )
        if item:
            body = self.body_html(a)
        else:
            body = (
                self.body_html(a, 2)
                + f"\n<div class='jump-link'>\n<a href='{url}#more' title='{esc(a.title)}'>อ่านเพิ่มเติม »</a>\n</div>"
            )
        labels = (
            "<span class='post-labels'>\nป้ายกำกับ:\n"
            + ",\n".join(
                f"<a href='{base}/search/label/{quote(t)}' rel='tag'>{esc(t)}</a>" for t in a.tags
            )
            + "\n</span>"
            if a.tags
            else ""
        )
        pid = a.id
        share = f"""<div class='post-share-buttons goog-inline-block'>
<a class='goog-inline-block share-button sb-email' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=email' target='_blank' title='ส่งอีเมลข้อมูลนี้'><span class='share-button-link-text'>ส่งอีเมลข้อมูลนี้</span></a><a class='goog-inline-block share-button sb-blog' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=blog' target='_blank' title='BlogThis!'><span class='share-button-link-text'>BlogThis!</span></a><a class='goog-inline-block share-button sb-twitter' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=twitter' target='_blank' title='แชร์ไปที่ X'><span class='share-button-link-text'>แชร์ไปที่ X</span></a><a class='goog-inline-block share-button sb-facebook' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=facebook' target='_blank' title='แชร์ไปที่ Facebook'><span class='share-button-link-text'>แชร์ไปที่ Facebook</span></a><a class='goog-inline-block share-button sb-pinterest' href='https://www.blogger.com/share-post.g?blogID={BLOG_ID}&amp;postID={pid}&amp;target=pinterest' target='_blank' title='แชร์ใน Pinterest'><span class='share-button-link-text'>แชร์ใน Pinterest</span></a>
</div>"""
        return f"""<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>
<meta content='https://blogger.googleusercontent.com/img/b/R29vZ2xl/AVvXsEh{a.id % 99991}/s1600/IMG_{a.id % 9000 + 1000}.JPG' itemprop='image_url'/>
<meta content='{BLOG_ID}' itemprop='blogId'/>
<meta content='{pid}' itemprop='postId'/>
<a name='{pid}'></a>
{title}
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{pid}' itemprop='description articleBody'>
{body}
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>โพสต์โดย <span class='fn' itemprop='author' itemscope='itemscope' itemtype='http://schema.org/Person'><meta content='https://www.blogger.com/profile/01234567890123456789' itemprop='url'/><a class='g-profile' href='https://www.blogger.com/profile/01234567890123456789' rel='author' title='author profile'><span itemprop='name'>ประชาสัมพันธ์อำเภอเชียงคำ</span></a></span></span>
<span class='post-timestamp'>ที่ <meta content='{url}' itemprop='url'/><a class='timestamp-link' href='{url}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' title='{a.published.isoformat()}'>{a.published.hour:02d}:{a.published.minute:02d}</abbr></a></span>
<span class='post-comment-link'><a class='comment-link' href='{url}#comment-form' onclick=''>ไม่มีความคิดเห็น:</a></span>
<span class='post-icons'></span>
{share}
</div>
<div class='post-footer-line post-footer-line-2'>{labels}</div>
<div class='post-footer-line post-footer-line-3'><span class='post-location'></span></div>
</div>
</div>
</div>"""

    def pager(self, base, newer: str | None, older: str | None) -> str:
        out = "<div class='blog-pager' id='blog-pager'>"
        if newer:
            out += f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{newer}' id='Blog1_blog-pager-newer-link' title='บทความใหม่กว่า'>บทความใหม่กว่า</a></span>"
        if older:
            out += f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{older}' id='Blog1_blog-pager-older-link' title='บทความที่เก่ากว่า'>บทความที่เก่ากว่า</a></span>"
        out += f"<a class='home-link' href='{base}/'>หน้าแรก</a></div><div class='clear'></div>"
        return out

    # ------------------------------------------------------------ listing
    def listing(self, base, k: int):
        start = self.page_starts[k]
        chunk = self.articles[start : start + PER_PAGE]
        groups = []
        for j, a in enumerate(chunk):
            groups.append(
                f"<div class='date-outer'>\n<h2 class='date-header'><span>{date_header(a.published)}</span></h2>\n<div class='date-posts'>\n{self.post(base, a, item=False)}\n</div></div>"
            )
            if k == 1 and j == 3:
                groups.append(f"""<div class='date-outer'><div class='date-posts'><div class='post-outer'><div class='post hentry uncustomized-post-template'>
<h3 class='post-title entry-title' itemprop='name'><a href='{base}{DELETED_PATH}'>ประชาสัมพันธ์รับสมัครผู้ช่วยเจ้าหน้าที่ปกครอง</a></h3>
<div class='post-body entry-content'><div style='clear: both;'></div></div></div></div></div></div>""")
        newer = None if k == 0 else base + self.page_href(k - 1)
        older = base + self.page_href(k + 1) if k + 1 < len(self.page_starts) else None
        main_html = f"<div class='blog-posts hfeed'>\n{chr(10).join(groups)}\n</div>\n{self.pager(base, newer, older)}\n<div class='post-feeds'></div>"
        return self.html_response(self.shell(base, title=BLOG_NAME, main_html=main_html))

    def search(self, base, query):
        um = qs1(query, "updated-max")
        for k in range(1, len(self.page_starts)):
            if cursor(self.articles[self.page_starts[k] - 1].published) == um:
                return self.listing(base, k)
        return None

    # ------------------------------------------------------------ item
    def item(self, base, a: Article):
        i = self.articles.index(a)
        newer = base + self.articles[i - 1].path if i > 0 else None
        older = base + self.articles[i + 1].path if i + 1 < len(self.articles) else None
        comments = f"""<div class='comments' id='comments'>
<a name='comments'></a>
<h4>ไม่มีความคิดเห็น:</h4>
<div id='Blog1_comments-block-wrapper'><dl class='avatar-comment-indent' id='comments-block'></dl></div>
<p class='comment-footer'>
<div class='comment-form'>
<a name='comment-form'></a>
<h4 id='comment-post-message'>แสดงความคิดเห็น</h4>
<p></p>
<a href='https://www.blogger.com/comment/frame/{BLOG_ID}?po={a.id}&amp;hl=th' id='comment-editor-src'></a>
<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0' height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>
</div>
</p>
</div>"""
        main_html = f"""<div class='blog-posts hfeed'>
<div class='date-outer'>
<h2 class='date-header'><span>{date_header(a.published)}</span></h2>
<div class='date-posts'>
{self.post(base, a, item=True)}
{comments}
</div></div>
</div>
{self.pager(base, newer, older)}
<div class='post-feeds'><div class='feed-links'>
สมัครสมาชิก:
<a class='feed-link' href='{base}/feeds/{a.id}/comments/default' target='_blank' type='application/atom+xml'>ส่งความคิดเห็น (Atom)</a>
</div></div>"""
        return self.html_response(
            self.shell(base, title=f"{BLOG_NAME}: {a.title}", main_html=main_html, item_url=a.path)
        )

    def deleted(self, base):
        main_html = """<div class='status-msg-wrap'><div class='status-msg-body'>
ขออภัย ไม่พบข้อมูลที่คุณกำลังมองหาในบล็อกนี้
</div><div class='status-msg-border'><div class='status-msg-bg'><div class='status-msg-hidden'>ขออภัย ไม่พบข้อมูลที่คุณกำลังมองหาในบล็อกนี้</div></div></div></div>
<div style='clear: both;'></div>
<div class='blog-posts hfeed'></div>"""
        return self.html_response(self.shell(base, title=BLOG_NAME, main_html=main_html))

    # ------------------------------------------------------------ routing
    def route(self, path, query, raw_query, base):
        if path == "/":
            return self.listing(base, 0)
        if path == "/search" and "updated-max" in query:
            return self.search(base, query)
        if path in self.by_path:
            return self.item(base, self.by_path[path])
        if path == DELETED_PATH:
            return self.deleted(base)
        return None

    def expected(self):
        out = []
        for a in self.articles:
            must_not = [
                date_header(a.published),
                "โพสต์โดย",
                "ไม่มีความคิดเห็น:",
                "ส่งอีเมลข้อมูลนี้",
                "BlogThis!",
                "แชร์ไปที่ Facebook",
                "ป้ายกำกับ:",
                "แสดงความคิดเห็น",
                "บทความใหม่กว่า",
                "บทความที่เก่ากว่า",
                "สมัครสมาชิก:",
                "บทความที่ได้รับความนิยม",
                "คลังบทความของบล็อก",
                "จำนวนการดูหน้าเว็บรวม",
                "เกี่ยวกับฉัน",
                "ขับเคลื่อนโดย",
            ] + [x.title for x in self.articles[2:6] if x is not a]
            out.append(expected_record(a, published_time=True, must_not=must_not))
        return out


SITE = BloggerSite()

if __name__ == "__main__":
    main(SITE)
