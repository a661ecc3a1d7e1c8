"""Joomla 3 com_content replica (Ministry of Commerce style): blog listing, item-page articles."""

from __future__ import annotations

import re
from datetime import UTC
from html import escape
from typing import Any

from crawler.replica.base import Response
from tests.replica.cms import CmsSite, Post, chrome, int_param, paragraphs_html, thai_date

LISTING = "/index.php/news/press-release"
ARTICLE_RE = re.compile(r"/index\.php/news/press-release/(\d+)-[0-9-]+\.html")
SITE_NAME = "กระทรวงพาณิชย์"  # Ministry of Commerce


class JoomlaSite(CmsSite):
    """A Joomla 3 site: blog view with ?start=N, SEF items `<id>-<date alias>.html`."""

    family = "joomla"

    @property
    def listing_url(self) -> str:
        """Return the blog listing URL."""
        return self.base_url + self.prefix + LISTING

    def article_path(self, post: Post) -> str:
        """Return the SEF item path (date-time alias, as Joomla makes for Thai titles)."""
        alias = post.published.astimezone(UTC).strftime("%Y-%m-%d-%H-%M-%S")
        return f"{LISTING}/{post.id}-{alias}.html"

    def route(self, local: str, query: dict[str, list[str]], count: int) -> Response | None:
        """Answer the blog listing, its feeds and the item pages."""
        if local == LISTING:
            feed = (query.get("type") or ["rss"])[0]
            if query.get("format") == ["feed"]:
                url = self.listing_url
                if feed == "atom":
                    return self.atom(count, title="ข่าวกระทรวงพาณิชย์")
                return self.rss(count, title="ข่าวกระทรวงพาณิชย์", link=url)
            return self.html(self.listing(int_param(query, "start"), count), "listing")
        match = ARTICLE_RE.fullmatch(local)
        if match:
            post = self.post_by_id(int(match.group(1)), count)
            if post is None or local != self.article_path(post):
                return None
            if self.layout == "changed":
                return self.html(self.changed_article(post), "article")
            return self.html(self.article(post, count), "article")
        return None

    def _page(self, title: str, main: str, count: int, body_class: str) -> str:
        p = self.prefix
        feeds = (
            f'<link href="{p}{LISTING}?format=feed&amp;type=rss" rel="alternate" '
            'type="application/rss+xml" title="RSS 2.0" />\n'
            f'<link href="{p}{LISTING}?format=feed&amp;type=atom" rel="alternate" '
            'type="application/atom+xml" title="Atom 1.0" />\n'
            '<meta name="generator" content="Joomla! - Open Source Content Management" />\n'
        )
        return chrome(
            title=f"{title} - {SITE_NAME}",
            site_name=SITE_NAME,
            main=main,
            head=feeds,
            body_class=f"site com_content {body_class} th-th",
            nav=[
                ("หน้าแรก", f"{p}/index.php"),
                ("ข่าวประชาสัมพันธ์", p + LISTING),
                ("เกี่ยวกับกระทรวง", f"{p}/index.php/moc-about/2015-10-19-03-02-25.html"),
            ],
            latest=[(q.title, p + self.article_path(q)) for q in self.newest(count, 0, 5)],
        )

    def listing(self, start: int, count: int) -> str:
        """Render the category blog page starting at item offset *start*."""
        p = self.prefix
        rows = []
        for post in self.newest(count, start, self.page_size):
            href = escape(p + self.article_path(post))
            rows.append(f"""<div class="items-row cols-1 row-{post.serial} row-fluid clearfix">
<div class="span12"><div class="item column-1" itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">
<div class="page-header"><h2 itemprop="name"><a href="{href}" itemprop="url">{escape(post.title)}</a></h2></div>
<dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt>
<dd class="published"><span class="icon-calendar"></span><time datetime="{post.published.isoformat()}" itemprop="datePublished">เผยแพร่เมื่อ: {thai_date(post.published)}</time></dd></dl>
<p>{escape(post.paragraphs[0][:180])}...</p>
<p class="readmore"><a class="btn" href="{href}" itemprop="url"><span class="icon-chevron-right"></span>อ่านเพิ่มเติม...</a></p>
</div></div></div>""")  # noqa: E501
        pages = self.pages(count)
        current = start // self.page_size + 1
        links = []
        for n in range(1, pages + 1):
            offset = (n - 1) * self.page_size
            href = escape(p + LISTING + (f"?start={offset}" if offset else ""))
            links.append(
                f'<li class="active"><a>{n}</a></li>'
                if n == current
                else f'<li><a href="{href}" class="pagenav">{n}</a></li>'
            )
        if current < pages:
            nxt = escape(f"{p}{LISTING}?start={current * self.page_size}")
            links.append(
                f'<li class="pagination-next"><a title="ถัดไป" href="{nxt}" '
                'class="pagenav">ถัดไป</a></li>'
            )
        main = (
            '<div class="blog" itemscope itemtype="https://schema.org/Blog">\n'
            '<div class="page-header"><h1>ข่าวประชาสัมพันธ์</h1></div>\n'
            + "\n".join(rows)
            + f'\n<div class="pagination"><p class="counter pull-right">หน้า {current} จาก {pages}'
            f'</p><ul class="pagination-list">{"".join(links)}</ul></div>\n</div>'
        )
        return self._page("ข่าวประชาสัมพันธ์", main, count, "view-category layout-blog")

    def article(self, post: Post, count: int) -> str:
        """Render one com_content article page."""
        modified = (
            f'<dd class="modified"><span class="icon-calendar"></span><time datetime='
            f'"{post.modified.isoformat()}" itemprop="dateModified">แก้ไขล่าสุด: '
            f"{thai_date(post.modified)}</time></dd>"
            if post.modified
            else ""
        )
        tags = "".join(
            f'<li class="tag-{n} tag-list0" itemprop="keywords"><a href="{self.prefix}'
            f'/index.php/component/tags/tag/{n}" class="label label-info">{escape(t)}</a></li>'
            for n, t in enumerate(post.tags, 1)
        )
        main = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<meta itemprop="inLanguage" content="th-TH" />
<div class="page-header"><h2 itemprop="headline">{escape(post.title)}</h2></div>
<div class="icons"><div class="btn-group pull-right"><a class="btn dropdown-toggle" data-toggle="dropdown" href="#"><span class="icon-cog"></span></a>
<ul class="dropdown-menu"><li class="print-icon"><a href="#" rel="nofollow">พิมพ์</a></li><li class="email-icon"><a href="#">อีเมล</a></li></ul></div></div>
<dl class="article-info muted"><dt class="article-info-term">รายละเอียด</dt>
<dd class="category-name">หมวด: <a href="{self.prefix}{LISTING}" itemprop="genre">{escape(post.category)}</a></dd>
<dd class="published"><span class="icon-calendar"></span><time datetime="{post.published.isoformat()}" itemprop="datePublished">เผยแพร่เมื่อ: {thai_date(post.published)}</time></dd>
{modified}<dd class="hits"><span class="icon-eye-open"></span><meta itemprop="interactionCount" content="UserPageVisits:{post.hits}" />เปิดอ่าน: {post.hits}</dd></dl>
<div itemprop="articleBody">
{paragraphs_html(post)}
</div>
<ul class="tags inline">{tags}</ul>
<ul class="pager pagenav"><li class="previous"><a href="{self.prefix}{LISTING}" rel="prev"><span class="icon-chevron-left"></span> ก่อนหน้า</a></li></ul>
</div>"""  # noqa: E501
        return self._page(post.title, main, count, "view-article")

    def expected(self, post: Post) -> dict[str, Any]:
        """Add the Joomla fields (view count, category, modified) to the ground truth."""
        record = super().expected(post)
        record["view_count"] = post.hits
        record["category"] = post.category
        record["modified_at"] = post.modified.isoformat() if post.modified else None
        return record
