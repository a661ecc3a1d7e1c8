"""WordPress replica (a department news blog): archive /page/N/, posts, feed, REST API, sitemap."""

from __future__ import annotations

import json
import re
from datetime import UTC
from html import escape
from typing import Any

from crawler.replica.base import Response
from tests.replica.cms import CmsSite, Post, chrome, int_param, paragraphs_html, thai_date

SITE_NAME = "กรมส่งเสริมอุตสาหกรรม"  # Department of Industrial Promotion
POST_RE = re.compile(r"/(\d{4})/(\d{2})/(\d{2})/([a-z0-9-]+)/")
PAGE_RE = re.compile(r"/page/(\d+)/")
SITEMAP_RE = re.compile(r"/wp-sitemap-posts-post-(\d+)\.xml")
REST = "/wp-json/wp/v2/posts"


class WordPressSite(CmsSite):
    """A WordPress 5 site (twentyseventeen-like theme), pretty permalinks /YYYY/MM/DD/slug/."""

    family = "wordpress"

    def __init__(self, *args: Any, rest_enabled: bool = True, **kwargs: Any) -> None:
        """Configure the site; *rest_enabled* False answers the REST API with 401."""
        super().__init__(*args, **kwargs)
        self.rest_enabled = rest_enabled

    @property
    def listing_url(self) -> str:
        """Return the blog home (archive page 1)."""
        return self.base_url + self.prefix + "/"

    @property
    def rest_url(self) -> str:
        """Return the REST posts collection URL."""
        return self.base_url + self.prefix + REST

    @property
    def feed_url(self) -> str:
        """Return the RSS feed URL."""
        return self.base_url + self.prefix + "/feed/"

    @property
    def sitemap_url(self) -> str:
        """Return the sitemap index URL."""
        return self.base_url + self.prefix + "/wp-sitemap.xml"

    def article_path(self, post: Post) -> str:
        """Return the permalink path."""
        return post.published.strftime("/%Y/%m/%d/") + post.slug + "/"

    def route(self, local: str, query: dict[str, list[str]], count: int) -> Response | None:
        """Answer archive pages, posts, the feed, the sitemap and the REST API."""
        if local == "/":
            return self.html(self.archive(1, count), "listing")
        if match := PAGE_RE.fullmatch(local):
            page = int(match.group(1))
            return (
                self.html(self.archive(page, count), "listing")
                if page <= self.pages(count)
                else None
            )
        if local == "/feed/":
            return self.rss(count, title=SITE_NAME, link=self.listing_url, limit=10)
        if local == "/wp-sitemap.xml":
            return self.sitemap_index(
                count, lambda n: f"{self.base_url}{self.prefix}/wp-sitemap-posts-post-{n}.xml"
            )
        if match := SITEMAP_RE.fullmatch(local):
            return self.sitemap_urlset(count, int(match.group(1)))
        if local.rstrip("/") == REST:
            return self.rest(query, count)
        if match := POST_RE.fullmatch(local):
            post = (
                self.post_by_id(int(match.group(4).rpartition("-")[2] or 0), count)
                if (match.group(4).startswith("news-"))
                else None
            )
            if post is None or self.article_path(post) != local:
                return None
            if self.layout == "changed":
                return self.html(self.changed_article(post), "article")
            return self.html(self.single(post, count), "article")
        return None

    def rest(self, query: dict[str, list[str]], count: int) -> Response:
        """Answer /wp-json/wp/v2/posts?page=N&per_page=M with X-WP-Total(Pages)."""
        if not self.rest_enabled:
            body = json.dumps(
                {"code": "rest_disabled", "message": "REST API disabled", "data": {"status": 401}}
            ).encode()
            return Response(401, {"Content-Type": "application/json; charset=UTF-8"}, body, "rest")
        per_page = min(100, int_param(query, "per_page", 10) or 10)
        page = int_param(query, "page", 1) or 1
        pages = max(1, -(-count // per_page))
        if page > pages:
            body = json.dumps({"code": "rest_post_invalid_page_number"}).encode()
            return Response(400, {"Content-Type": "application/json; charset=UTF-8"}, body, "rest")
        posts = [
            {
                "id": p.id,
                "date": p.published.strftime("%Y-%m-%dT%H:%M:%S"),
                "date_gmt": p.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S"),
                "modified": (p.modified or p.published).strftime("%Y-%m-%dT%H:%M:%S"),
                "slug": p.slug,
                "status": "publish",
                "type": "post",
                "link": self.article_url(p),
                "title": {"rendered": escape(p.title)},
                "content": {"rendered": paragraphs_html(p), "protected": False},
                "excerpt": {"rendered": f"<p>{escape(p.paragraphs[0][:120])}</p>"},
            }
            for p in self.newest(count, (page - 1) * per_page, per_page)
        ]
        headers = {
            "Content-Type": "application/json; charset=UTF-8",
            "X-WP-Total": str(count),
            "X-WP-TotalPages": str(pages),
        }
        return Response(200, headers, json.dumps(posts, ensure_ascii=False).encode(), "rest")

    def _page(self, title: str, main: str, count: int, body_class: str, head: str = "") -> str:
        p = self.prefix
        head += (
            f'<link rel="alternate" type="application/rss+xml" title="{SITE_NAME} &raquo; ฟีด" '
            f'href="{p}/feed/" />\n<link rel="https://api.w.org/" href="{p}/wp-json/" />\n'
            '<meta name="generator" content="WordPress 5.8.2" />\n'
        )
        return chrome(
            title=title,
            site_name=SITE_NAME,
            main=main,
            head=head,
            body_class=body_class,
            nav=[
                ("หน้าแรก", f"{p}/"),
                ("ข่าวกิจกรรม", f"{p}/category/news/"),
                ("ติดต่อเรา", f"{p}/contact/"),
            ],
            latest=[(q.title, p + self.article_path(q)) for q in self.newest(count, 0, 5)],
        )

    def archive(self, page: int, count: int) -> str:
        """Render archive page *page* (1-based)."""
        p = self.prefix
        posts = []
        for post in self.newest(count, (page - 1) * self.page_size, self.page_size):
            href = escape(p + self.article_path(post))
            posts.append(f"""<article id="post-{post.id}" class="post-{post.id} post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><div class="entry-meta"><span class="posted-on"><span class="screen-reader-text">เผยแพร่เมื่อ</span> <a href="{href}" rel="bookmark"><time class="entry-date published" datetime="{post.published.isoformat()}">{thai_date(post.published)}</time></a></span></div>
<h2 class="entry-title"><a href="{href}" rel="bookmark">{escape(post.title)}</a></h2></header>
<div class="entry-summary"><p>{escape(post.paragraphs[0][:160])} [&hellip;]</p></div>
</article>""")  # noqa: E501
        nav = []
        if page > 1:
            prev = f"{p}/" if page == 2 else f"{p}/page/{page - 1}/"
            nav.append(f'<a class="prev page-numbers" href="{prev}">ก่อนหน้า</a>')
        nav.append(f'<span aria-current="page" class="page-numbers current">{page}</span>')
        if page < self.pages(count):
            nav.append(f'<a class="next page-numbers" href="{p}/page/{page + 1}/">ถัดไป</a>')
        main = (
            '<div id="primary" class="content-area"><main id="main" class="site-main">\n'
            + "\n".join(posts)
            + '\n<nav class="navigation pagination" role="navigation"><div class="nav-links">'
            + "".join(nav)
            + "</div></nav></main></div>"
        )
        return self._page(f"{SITE_NAME} – หน้า {page}", main, count, "home blog hfeed")

    def single(self, post: Post, count: int) -> str:
        """Render one post page."""
        p = self.prefix
        href = escape(p + self.article_path(post))
        updated = post.modified or post.published
        tags = ", ".join(
            f'<a href="{p}/tag/{escape(t)}/" rel="tag">{escape(t)}</a>' for t in post.tags
        )
        tag_html = f'<span class="tags-links">ป้ายกำกับ {tags}</span>' if tags else ""
        head = (
            f'<meta property="og:title" content="{escape(post.title)}" />\n'
            f'<meta property="article:published_time" content="{post.published.isoformat()}" />\n'
        )
        main = f"""<div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-{post.id}" class="post-{post.id} post type-post status-publish format-standard hentry category-news">
<header class="entry-header"><div class="entry-meta"><span class="posted-on"><a href="{href}" rel="bookmark"><time class="entry-date published" datetime="{post.published.isoformat()}">{thai_date(post.published)}</time><time class="updated" datetime="{updated.isoformat()}">{thai_date(updated)}</time></a></span> <span class="byline">โดย <span class="author vcard"><a class="url fn n" href="{p}/author/admin/">admin</a></span></span></div>
<h1 class="entry-title">{escape(post.title)}</h1></header>
<div class="entry-content">
{paragraphs_html(post)}
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">แชร์:</h3><div class="sd-content"><ul><li class="share-facebook"><a class="share-facebook sd-button" href="{href}?share=facebook" target="_blank"><span>Facebook</span></a></li><li class="share-twitter"><a href="{href}?share=twitter"><span>Twitter</span></a></li></ul></div></div></div>
</div>
<footer class="entry-footer"><span class="cat-links">หมวดหมู่ <a href="{p}/category/news/" rel="category tag">{escape(post.category)}</a></span>{tag_html}</footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a href="{p}/" rel="prev">เรื่องก่อนหน้า</a></div></div></nav>
<div id="comments" class="comments-area"><div id="respond" class="comment-respond"><h3 id="reply-title" class="comment-reply-title">ใส่ความเห็น</h3><form class="comment-form"><p class="comment-notes">อีเมลของคุณจะไม่แสดงให้คนอื่นเห็น</p><textarea name="comment"></textarea></form></div></div>
</main></div>"""  # noqa: E501
        return self._page(
            f"{post.title} – {SITE_NAME}",
            main,
            count,
            "post-template-default single single-post",
            head,
        )

    def expected(self, post: Post) -> dict[str, Any]:
        """Add the category to the ground truth."""
        record = super().expected(post)
        record["category"] = post.category
        return record
