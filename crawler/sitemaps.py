"""Sitemaps (urlset and sitemapindex) through Scrapy's Sitemap parser, DTDs refused first."""

from __future__ import annotations

from datetime import date
from urllib.parse import urljoin

from scrapy.utils.gz import gunzip
from scrapy.utils.sitemap import Sitemap, sitemap_urls_from_robots

from crawler.feeds import UnsafeXml, has_dtd
from pipelines.layouts.base import day_of

# Bytes a gzipped sitemap may inflate to (the sitemaps.org limit is 50 MB uncompressed).
MAX_SITEMAP_BYTES = 50 * 1024 * 1024

__all__ = ["sitemap_children", "sitemap_entries", "sitemap_urls_from_robots"]


def _sitemap(body: bytes) -> Sitemap:
    if body[:2] == b"\x1f\x8b":
        body = gunzip(body, max_size=MAX_SITEMAP_BYTES)
    if has_dtd(body):
        raise UnsafeXml("sitemap declares a DTD; refused (entities are never expanded)")
    return Sitemap(body)


def sitemap_entries(body: bytes, base_url: str = "") -> list[tuple[str, str | None]]:
    """Return (URL, lastmod) for each <url> of a urlset (nothing for a sitemap index).

    >>> sitemap_entries(b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url>'
    ...                 b'<loc>http://a.go.th/n/1</loc><lastmod>2021-03-03</lastmod></url></urlset>')
    [('http://a.go.th/n/1', '2021-03-03')]
    """
    sitemap = _sitemap(body)
    if sitemap.type != "urlset":
        return []
    return [
        (urljoin(base_url, e["loc"]), e.get("lastmod") or None) for e in sitemap if e.get("loc")
    ]


def sitemap_children(body: bytes, base_url: str = "", since: date | None = None) -> list[str]:
    """Return the child sitemaps of a sitemap index, skipping those last modified before *since*.

    >>> sitemap_children(b'<sitemapindex><sitemap><loc>/s1.xml</loc><lastmod>2020-01-01</lastmod>'
    ...     b'</sitemap><sitemap><loc>/s2.xml</loc></sitemap></sitemapindex>', 'http://a.go.th/',
    ...     date(2021, 1, 1))
    ['http://a.go.th/s2.xml']
    """
    sitemap = _sitemap(body)
    if sitemap.type != "sitemapindex":
        return []
    children = []
    for entry in sitemap:
        if not entry.get("loc"):
            continue
        lastmod = day_of(entry.get("lastmod"))
        if since and lastmod and lastmod < since:
            continue
        children.append(urljoin(base_url, entry["loc"]))
    return children
