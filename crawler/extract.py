"""One page to one article record, outside a crawl: the debugging path of `khaosan extract`."""

from __future__ import annotations

import re
import urllib.request
from pathlib import Path
from typing import Any

from scrapy.http import HtmlResponse

from pipelines.encoding import decode_html

# Bytes read at most from a listing URL by `khaosan check` (a crawl's DOWNLOAD_MAXSIZE).
MAX_BYTES = 16 * 1024 * 1024
# Bytes an article page may have, from a file or a URL: a crawl's KHAOSAN_ARTICLE_MAXSIZE.
ARTICLE_MAX_BYTES = 8 * 1024 * 1024
# A URL scheme ("ftp://", "file:"): only http and https pages are fetched.
SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):(//|/)")
# Bytes looked at to tell a binary file from a page.
SNIFF_BYTES = 4096


class ExtractError(Exception):
    """A page that could not be read or extracted; the message is one line."""


class NoArticle(ExtractError):
    """A page read fine but with no article in it (no title, no body); carries the record."""

    def __init__(self, message: str, record: dict[str, Any]) -> None:
        super().__init__(message)
        self.record = record


def article_max_bytes() -> int:
    """Return the crawl's article size cap (crawler.settings.KHAOSAN_ARTICLE_MAXSIZE)."""
    from crawler import settings

    return int(getattr(settings, "KHAOSAN_ARTICLE_MAXSIZE", ARTICLE_MAX_BYTES))


def check_target(target: str) -> str:
    """Return "url" for an http(s) URL, "file" for a path; raise ExtractError for other schemes.

    >>> check_target("https://example.go.th/1"), check_target("page.html")
    ('url', 'file')
    >>> check_target("file:///etc/passwd")
    Traceback (most recent call last):
    ...
    crawler.extract.ExtractError: not an http(s) URL: file:///etc/passwd
    """
    match = SCHEME.match(target)
    if match is None:
        return "file"
    if match.group(1).lower() in ("http", "https"):
        return "url"
    raise ExtractError(f"not an http(s) URL: {target}")


def check_page_bytes(body: bytes, name: str) -> None:
    """Raise ExtractError for bytes that cannot be a page: empty, or binary data."""
    if not body.strip():
        raise ExtractError(f"empty page: {name}")
    if b"\x00" in body[:SNIFF_BYTES]:
        raise ExtractError(f"binary data, not an HTML page: {name}")


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
    """Extract a saved page, read as raw bytes so its encoding is detected, not assumed.

    Raises FileNotFoundError (a usage error) for a missing file, ExtractError otherwise.
    """
    limit = article_max_bytes()
    try:
        with path.open("rb") as handle:
            body = handle.read(limit + 1)
    except FileNotFoundError:
        raise FileNotFoundError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise ExtractError(f"is a directory, not a page: {path}") from None
    except OSError as error:
        raise ExtractError(f"cannot read {path}: {error.strerror}") from None
    if len(body) > limit:
        raise ExtractError(f"page larger than {limit} bytes (KHAOSAN_ARTICLE_MAXSIZE): {path}")
    check_page_bytes(body, str(path))
    return _with_article(extract_bytes(body, url=url or path.resolve().as_uri(), cms=cms))


def _with_article(record: dict[str, Any]) -> dict[str, Any]:
    """Return the record, or raise NoArticle when it has neither a title nor a body."""
    if not record.get("title") and not record.get("body"):
        raise NoArticle(
            f"no article found in the page (no title, no body): {record['url']}", record
        )
    return record


def extract_url(url: str, *, cms: str) -> dict[str, Any]:
    """Fetch one http(s) page and extract it."""
    from crawler import settings

    check_target(url)
    limit = article_max_bytes()
    request = urllib.request.Request(url, headers={"User-Agent": settings.USER_AGENT})
    try:
        with urllib.request.urlopen(request, timeout=settings.DOWNLOAD_TIMEOUT) as reply:
            body = reply.read(limit + 1)
            content_type = reply.headers.get("Content-Type")
            final_url = reply.geturl()
    except (OSError, ValueError) as error:
        raise ExtractError(f"cannot fetch {url}: {error}") from None
    if len(body) > limit:
        raise ExtractError(f"page larger than {limit} bytes (KHAOSAN_ARTICLE_MAXSIZE): {url}")
    check_page_bytes(body, url)
    return _with_article(extract_bytes(body, url=final_url, cms=cms, content_type=content_type))
