"""Drupal 9 replica (Olivero-like theme): views listing ?page=N (0-based), article nodes."""

from __future__ import annotations

import re
from datetime import UTC
from html import escape
from typing import Any

from crawler.replica.base import Response
from tests.replica.cms import CmsSite, Post, chrome, int_param, paragraphs_html, thai_date

SITE_NAME = "สำนักงานเศรษฐกิจอุตสาหกรรม"  # Office of Industrial Economics
LISTING = "/news"
NODE_RE = re.compile(r"/node/(\d+)")


class DrupalSite(CmsSite):
    """A Drupal 9 site: /news view, /node/<nid> articles, rss.xml and a paged sitemap."""

    family = "drupal"

    @property
    def listing_url(self) -> str:
        """Return the news view's first page."""
        return self.base_url + self.prefix + LISTING

    def article_path(self, post: Post) -> str:
        """Return the node path."""
        return f"/node/{post.id}"

    def route(self, local: str, query: dict[str, list[str]], count: int) -> Response | None:
        """Answer the view, nodes, rss.xml and sitemap.xml (?page=N children)."""
        if local == LISTING:
            page = int_param(query, "page")
            if page >= self.pages(count):
                return None
            return self.html(self.view(page, count), "listing")
        if local == "/rss.xml":
            return self.rss(count, title=SITE_NAME, link=self.listing_url, limit=10)
        if local == "/sitemap.xml":
            if "page" in query:
                return self.sitemap_urlset(count, int_param(query, "page", 1))
            return self.sitemap_index(
                count, lambda n: f"{self.base_url}{self.prefix}/sitemap.xml?page={n}"
            )
        if match := NODE_RE.fullmatch(local):
            post = self.post_by_id(int(match.group(1)), count)
            if post is None:
                return None
            if self.layout == "changed":
                return self.html(self.changed_article(post), "article")
            return self.html(self.node(post, count), "article")
        return None

    def _page(self, title: str, main: str, count: int, body_class: str) -> str:
        p = self.prefix
        head = (
            '<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" />\n'
            f'<link rel="alternate" type="application/rss+xml" title="{SITE_NAME}" '
            f'href="{p}/rss.xml" />\n'
        )
        return chrome(
            title=f"{title} | {SITE_NAME}",
            site_name=SITE_NAME,
            main=main,
            head=head,
            body_class=body_class,
            nav=[("หน้าแรก", f"{p}/"), ("ข่าวสาร", p + LISTING), ("สถิติ", f"{p}/statistics")],
            latest=[(q.title, p + self.article_path(q)) for q in self.newest(count, 0, 5)],
        )

    def view(self, page: int, count: int) -> str:
        """Render views page *page* (0-based)."""
        p = self.prefix
        rows = []
        for post in self.newest(count, page * self.page_size, self.page_size):
            rows.append(f"""<div class="views-row"><div class="views-field views-field-title"><span class="field-content"><a href="{p}{self.article_path(post)}" hreflang="th">{escape(post.title)}</a></span></div>
<div class="views-field views-field-created"><span class="field-content"><time datetime="{post.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")}">{thai_date(post.published, short=True)}</time></span></div></div>""")  # noqa: E501
        pager = []
        if page > 0:
            pager.append(
                f'<li class="pager__item pager__item--previous"><a href="?page={page - 1}"'
                ' rel="prev">‹ ก่อนหน้า</a></li>'
            )
        pager.append(f'<li class="pager__item is-active">หน้า {page + 1}</li>')
        if page + 1 < self.pages(count):
            pager.append(
                f'<li class="pager__item pager__item--next"><a href="?page={page + 1}" '
                'title="Go to next page" rel="next">ถัดไป ›</a></li>'
            )
        main = (
            '<h1 class="page-title">ข่าวสาร</h1>\n<div class="views-element-container">'
            '<div class="view view-news view-id-news view-display-id-page_1">'
            f'<div class="view-content">{"".join(rows)}</div>'
            f'<nav class="pager" role="navigation"><ul class="pager__items js-pager__items">'
            f"{''.join(pager)}</ul></nav></div></div>"
        )
        return self._page("ข่าวสาร", main, count, "path-news")

    def node(self, post: Post, count: int) -> str:
        """Render one article node."""
        p = self.prefix
        created = post.published.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        tags = "".join(
            f'<div class="field__item"><a href="{p}/taxonomy/term/{n}" '
            f'hreflang="th">{escape(t)}</a></div>'
            for n, t in enumerate(post.tags, 7)
        )
        tag_html = (
            (
                f'<div class="field field--name-field-tags field--type-entity-reference '
                f'field--label-above"><div class="field__label">แท็ก</div>'
                f'<div class="field__items">{tags}</div></div>'
            )
            if tags
            else ""
        )
        main = f"""<div class="region region-content">
<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{escape(post.title)}</span></h1>
<article data-history-node-id="{post.id}" role="article" about="{p}/node/{post.id}" class="node node--type-article node--promoted node--view-mode-full">
<div class="node__meta"><span>โดย <span class="field field--name-uid"><span>editor</span></span></span>, <span class="field field--name-created"><time datetime="{created}">{thai_date(post.published, short=True)} {post.published:%H:%M}</time></span></div>
<div class="node__content">
<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">
{paragraphs_html(post)}
</div>
{tag_html}
<section class="field field--name-comment"><h2 class="comments__title">แสดงความคิดเห็น</h2><form class="comment-form"><textarea></textarea></form></section>
</div></article></div>"""  # noqa: E501
        return self._page(post.title, main, count, "path-node page-node-type-article")

    def expected(self, post: Post) -> dict[str, Any]:
        """Ground truth (dates printed in UTC, stored as +07:00)."""
        return super().expected(post)
