"""One page to one article record, outside a crawl: the debugging path of `khaosan extract`."""

from __future__ import annotations

import urllib.request
from pathlib import Path
from typing import Any

from scrapy.http import HtmlResponse

from pipelines.encoding import decode_html

# Bytes read at most from a URL (the same cap as a crawl's DOWNLOAD_MAXSIZE).
MAX_BYTES = 16 * 1024 * 1024


class ExtractError(Exception):
    """A page that could not be read or extracted; the message is one line."""


def extract_bytes(
    body: bytes,
    *,
    url: str,
    cms: str | None = None,
    site: str | None = None,
    content_type: str | None = None,
) -> dict[str, Any]:
    """Extract and normalise one page's bytes with a site's spider or a CMS family's rules."""
    from crawler.registry import UnknownSite, family_spider, site_spider
    from pipelines.normalize import normalize_article

    try:
        if site:
            spider_cls = site_spider(site)
        else:
            start = url if url.startswith("http") else "http://localhost/"
            spider_cls = family_spider(cms or "generic", start)
    except UnknownSite as error:
        raise ExtractError(str(error)) from None
    headers = {"Content-Type": content_type} if content_type else {}
    decoded = decode_html(body, content_type)
    response = HtmlResponse(url=url, body=body, headers=headers, encoding=decoded.encoding)
    spider = spider_cls()
    if url.startswith("file:"):
        spider.site_key = "file"
    article = spider.extract_article(response)
    if decoded.problem:
        article.problems.append(decoded.problem)
    return normalize_article(article).record()


def extract_file(path: Path, *, cms: str, url: str | None = None) -> dict[str, Any]:
    """Extract a saved page, read as raw bytes so its encoding is detected, not assumed."""
    try:
        body = path.read_bytes()
    except FileNotFoundError:
        raise ExtractError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise ExtractError(f"is a directory, not a page: {path}") from None
    except OSError as error:
        raise ExtractError(f"cannot read {path}: {error.strerror}") from None
    return extract_bytes(body, url=url or path.resolve().as_uri(), cms=cms)


def extract_url(url: str, *, cms: str) -> dict[str, Any]:
    """Fetch one http(s) page and extract it."""
    from crawler import settings

    request = urllib.request.Request(url, headers={"User-Agent": settings.USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=settings.DOWNLOAD_TIMEOUT) as reply:
            body = reply.read(MAX_BYTES + 1)
            content_type = reply.headers.get("Content-Type")
            final_url = reply.geturl()
    except (OSError, ValueError) as error:
        raise ExtractError(f"cannot fetch {url}: {error}") from None
    if len(body) > MAX_BYTES:
        raise ExtractError(f"page larger than {MAX_BYTES} bytes: {url}")
    return extract_bytes(body, url=final_url, cms=cms, content_type=content_type)
