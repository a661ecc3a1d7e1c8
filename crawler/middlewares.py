"""Downloader and spider middlewares: Thai decoding, and the defences against hostile servers.

Each defence refuses with ``crawler.failures.Refused(kind, message)``; Scrapy hands that to the
request's errback, which stores it as a failures row (docs/reliability.md lists them all).
"""

from __future__ import annotations

import logging
import re
import zlib
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any
from urllib.parse import urlsplit

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware, RedirectMiddleware
from scrapy.http import HtmlResponse, Request, Response, TextResponse

from crawler.content_coding import inflate
from crawler.failures import (
    KIND_CONTENT_TYPE,
    KIND_EMPTY,
    KIND_ENCODING,
    KIND_OFFSITE,
    KIND_PARSE,
    KIND_SIZE,
    KIND_TRAP,
    Refused,
)
from crawler.link_header import with_header_canonical
from crawler.urls import browser_href, canonical_url

logger = logging.getLogger(__name__)

# Requests whose responses must be pages we parse (set by the spiders in meta["khaosan_kind"]).
CHECKED_KINDS = frozenset({"listing", "article"})
HTML_TYPES = ("text/html", "application/xhtml+xml")
# Listings may also be feeds or sitemaps (crawler/feeds.py, crawler/sitemaps.py).
LISTING_TYPES = HTML_TYPES + (
    "application/rss+xml",
    "application/atom+xml",
    "application/xml",
    "text/xml",
    "application/feed+json",
    "application/json",
)
# Leading bytes of binary formats that servers sometimes label text/html.
BINARY_MAGIC = (b"%PDF-", b"\xff\xd8\xff", b"\x89PNG", b"GIF8", b"PK\x03\x04", b"\xd0\xcf\x11\xe0")


def _kind(request: Any) -> str | None:
    return request.meta.get("khaosan_kind")


def _original_url(request: Any) -> str:
    """Return the URL the spider asked for (before any redirect)."""
    chain = request.meta.get("redirect_urls") or [request.url]
    return str(chain[0])


class ThaiEncodingMiddleware:
    """Re-read HTML responses with the encoding pipelines.encoding finds (header, meta, detection).

    Old Thai sites send TIS-620/windows-874 with no charset or a wrong one; Scrapy would fall
    back to cp1252 and produce mojibake. A page that still does not look like text is flagged
    in ``response.meta["khaosan_encoding_problem"]``; when a listing or article page decodes
    to no readable text at all (random bytes), it is refused as kind "encoding".
    """

    def process_response(self, request: Any, response: Response, spider: Any = None) -> Response:
        if not isinstance(response, TextResponse) or not response.body:
            return response
        from pipelines.encoding import decode_html, looks_like_text

        content_type = response.headers.get(b"Content-Type", b"").decode("latin-1") or None
        decoded = decode_html(response.body, content_type)
        if decoded.problem:
            request.meta["khaosan_encoding_problem"] = decoded.problem
            if _kind(request) in CHECKED_KINDS and not looks_like_text(decoded.text):
                raise Refused(KIND_ENCODING, f"page is not readable text: {decoded.problem}")
        # Always name the encoding: asking Scrapy for response.encoding would decode the body
        # once more just to guess it.
        return response.replace(encoding=decoded.encoding)


class OffsiteGuardMiddleware:
    """Refuse requests (and redirects) to hosts outside ``spider.allowed_hosts``: kind "offsite".

    Runs on every request, so a redirect to another host is refused before it is fetched.
    Spiders without ``allowed_hosts`` (or with an empty set) are not restricted.
    """

    def __init__(self, crawler: Any = None) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler: Any) -> OffsiteGuardMiddleware:
        return cls(crawler)

    def process_request(self, request: Any, spider: Any = None) -> None:
        spider = spider or getattr(self.crawler, "spider", None)
        allowed = getattr(spider, "allowed_hosts", None)
        if not allowed:
            return None
        host = urlsplit(request.url).hostname
        if host in allowed:
            return None
        original = _original_url(request)
        via = f" (redirected from {original})" if original != request.url else ""
        raise Refused(KIND_OFFSITE, f"host {host} is not one of this site's hosts{via}")


class ResponseGuardMiddleware:
    """Refuse listing/article responses that are not pages: wrong content type or empty body.

    Placed after decompression (lower priority than HttpCompressionMiddleware's 590), so a
    gzip body is checked once inflated; error statuses pass through to retry and HttpError.
    Article requests get the smaller KHAOSAN_ARTICLE_MAXSIZE cap (Scrapy's ``download_maxsize``
    meta key, on the wire and after decompression): parsing and cleaning a page costs about
    25 times its size in memory, so a 16 MiB "article" alone would pass 500 MB.
    """

    def __init__(self, article_maxsize: int = 0) -> None:
        self.article_maxsize = max(0, article_maxsize)

    @classmethod
    def from_crawler(cls, crawler: Any) -> ResponseGuardMiddleware:
        return cls(crawler.settings.getint("KHAOSAN_ARTICLE_MAXSIZE", 0))

    def process_request(self, request: Any, spider: Any = None) -> None:
        if self.article_maxsize and _kind(request) == "article":
            request.meta.setdefault("download_maxsize", self.article_maxsize)
        return None

    def process_response(self, request: Any, response: Response, spider: Any = None) -> Response:
        kind = _kind(request)
        if kind not in CHECKED_KINDS or not 200 <= response.status < 300:
            return response
        if response.body[:2] == GZIP_MAGIC:
            response = gunzipped(response, request.meta.get("download_maxsize") or MAX_INFLATED)
        raw_type = response.headers.get(b"Content-Type", b"").decode("latin-1")
        media = raw_type.split(";")[0].strip().lower()
        allowed = HTML_TYPES if kind == "article" else LISTING_TYPES
        if (media not in allowed or not isinstance(response, HtmlResponse)) and sniffs_html(
            response.body
        ):
            return as_html(response, raw_type)  # text/plain, octet-stream, none: a page still
        if media and media not in allowed:
            raise Refused(KIND_CONTENT_TYPE, f"{kind} is {media}, not an HTML page")
        body = response.body
        if not body.strip():
            raise Refused(KIND_EMPTY, f"{kind} answered {response.status} with an empty body")
        if body.lstrip()[:8].startswith(BINARY_MAGIC):
            raise Refused(KIND_CONTENT_TYPE, f"{kind} is a binary file labelled {media or '?'}")
        return response


class LinkCanonicalMiddleware:
    """Write a canonical address the server sends only in its ``Link`` header into the
    article page's head (crawler.link_header), so the record is keyed by it as by the page's
    own ``<link rel="canonical">``. Placed after decompression, before Thai decoding.
    """

    def process_response(self, request: Any, response: Response, spider: Any = None) -> Response:
        if _kind(request) != "article" or not isinstance(response, HtmlResponse):
            return response
        values = response.headers.getlist(b"Link")
        if not values:
            return response
        links = [v.decode("latin-1") for v in values]
        body = with_header_canonical(response.body, links, response.url)
        return response if body is response.body else response.replace(body=body)


GZIP_MAGIC = b"\x1f\x8b"
GZIP_LAYERS = 3  # (a server gzipping twice; more is no page)
MAX_INFLATED = 16 * 1024 * 1024  # (DOWNLOAD_MAXSIZE: a body is never inflated past it)


def gunzipped(response: Response, limit: int) -> Response:
    """Return *response* with a gzip body inflated: a server that compressed without saying
    so (no Content-Encoding), or twice under one header. Never past *limit* bytes (a bomb is
    refused); a body that does not inflate is left as it came.

    >>> import gzip
    >>> r = Response("http://h/n/5", body=gzip.compress("<html>ข่าว</html>".encode()))
    >>> gunzipped(r, 1000).body.decode()
    '<html>ข่าว</html>'
    """
    body = response.body
    for _ in range(GZIP_LAYERS):
        if body[:2] != GZIP_MAGIC:
            break
        try:
            inflated = inflate(body, 16 + zlib.MAX_WBITS, limit)
        except zlib.error:
            break
        if inflated is None:
            raise Refused(KIND_SIZE, f"gzip body inflates past {limit} bytes")
        body = inflated
    return response.replace(body=body) if body is not response.body else response


# An HTML page's opening tags, looked for at the start of a body a server labelled wrongly
# (a PHP warning or a byte-order mark may come first).
HTML_START_RE = re.compile(rb"<(?:!doctype\s+html|html|head|body|frameset)[\s>]", re.I)
SNIFF_HTML_BYTES = 4096


def sniffs_html(body: bytes) -> bool:
    """Tell whether a body is an HTML page whatever its Content-Type says.

    >>> sniffs_html(b"<!DOCTYPE html><html><body>x"), sniffs_html(b"%PDF-1.4 <html>")
    (True, False)
    """
    head = body[:SNIFF_HTML_BYTES]
    return not head.lstrip().startswith(BINARY_MAGIC) and HTML_START_RE.search(head) is not None


def as_html(response: Response, raw_type: str) -> HtmlResponse:
    """Return *response* as the HTML page it is, keeping a charset its header names."""
    _, _, params = raw_type.partition(";")
    headers = response.headers.copy()
    headers[b"Content-Type"] = f"text/html;{params}" if "charset" in params.lower() else "text/html"
    return response.replace(cls=HtmlResponse, headers=headers)  # type: ignore[return-value]


class RetryBackoffMiddleware:
    """Delay each retry exponentially: KHAOSAN_RETRY_BACKOFF_BASE * 2**(n-1), capped at _MAX.

    Scrapy's RetryMiddleware re-schedules a failed request at once; against a struggling
    government server that is a hammering, so retried requests wait here first. A 5xx (or 429)
    answer's ``Retry-After`` (seconds or an HTTP date) lengthens the wait, never past _MAX.
    """

    def __init__(self, base: float, cap: float) -> None:
        self.base = max(0.0, base)
        self.cap = max(0.0, cap)

    @classmethod
    def from_crawler(cls, crawler: Any) -> RetryBackoffMiddleware:
        settings = crawler.settings
        return cls(
            settings.getfloat("KHAOSAN_RETRY_BACKOFF_BASE", 1.0),
            settings.getfloat("KHAOSAN_RETRY_BACKOFF_MAX", 30.0),
        )

    def delay(self, retry_times: int, retry_after: float = 0.0) -> float:
        """Return the seconds to wait before retry number *retry_times* (0 = first try).

        >>> [RetryBackoffMiddleware(1.0, 5.0).delay(n) for n in range(5)]
        [0.0, 1.0, 2.0, 4.0, 5.0]
        >>> [RetryBackoffMiddleware(1.0, 5.0).delay(1, retry_after=s) for s in (3, 86400)]
        [3.0, 5.0]
        """
        if retry_times <= 0:
            return 0.0
        wanted = max(self.base * 2 ** (retry_times - 1), retry_after)
        return float(min(self.cap, wanted))

    def process_response(self, request: Any, response: Response, spider: Any = None) -> Response:
        """Note the answer's Retry-After on the request; RetryMiddleware's copy inherits it."""
        seconds = 0.0
        if response.status == 429 or response.status >= 500:
            seconds = retry_after_seconds(response.headers.get(b"Retry-After"))
        if seconds:
            request.meta["khaosan_retry_after"] = seconds
        else:
            request.meta.pop("khaosan_retry_after", None)
        return response

    async def process_request(self, request: Any, spider: Any = None) -> None:
        retry_after = float(request.meta.get("khaosan_retry_after", 0.0))
        seconds = self.delay(int(request.meta.get("retry_times", 0)), retry_after)
        if seconds <= 0 or request.meta.get("khaosan_backed_off") == request.meta["retry_times"]:
            return None
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import reactor, task

        request.meta["khaosan_backed_off"] = request.meta["retry_times"]
        await maybe_deferred_to_future(task.deferLater(reactor, seconds, lambda: None))
        return None


def retry_after_seconds(value: bytes | None, now: float | None = None) -> float:
    """Return the seconds a Retry-After header asks for (0.0 when absent or unreadable).

    >>> retry_after_seconds(b"4"), retry_after_seconds(b"soon"), retry_after_seconds(None)
    (4.0, 0.0, 0.0)
    >>> retry_after_seconds(b"Thu, 01 Jan 1970 00:01:40 GMT", now=40.0)
    60.0
    """
    if not value:
        return 0.0
    text = value.decode("latin-1").strip()
    if text.isdigit():
        return float(text)
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(text).timestamp()
    except (TypeError, ValueError, IndexError, OverflowError):
        return 0.0
    import time

    return max(0.0, when - (time.time() if now is None else now))


class NoArticleMiddleware:
    """Spider middleware: an article page with no title and no body text becomes a failure.

    Also turns an exception raised in a spider callback into a "parse" failure, so no page is
    lost silently (Scrapy would only log it).
    """

    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider: Any = None
    ) -> Iterator[Any]:
        for item in result:
            yield self._check(item, response, spider)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider: Any = None
    ) -> AsyncIterator[Any]:
        async for item in result:
            yield self._check(item, response, spider)

    def process_spider_exception(
        self, response: Response, exception: Exception, spider: Any = None
    ) -> list[Any] | None:
        from crawler.items import CrawlFailure

        name = type(exception).__name__
        logger.error("callback failed on %s: %s: %s", response.url, name, exception)
        return [
            CrawlFailure(
                url=response.url,
                site=getattr(spider, "site_key", "") or getattr(spider, "name", ""),
                kind=KIND_PARSE,
                message=f"{name}: {exception}"[:300],
                http_status=response.status,
            )
        ]

    @staticmethod
    def _check(item: Any, response: Response, spider: Any) -> Any:
        from crawler.items import Article, CrawlFailure
        from pipelines.normalize import has_page_text

        if not isinstance(item, Article) or has_page_text(item):
            return item
        message = "no article on the page (no title, no body)"
        problem = response.meta.get("khaosan_encoding_problem")
        if problem:
            message += f"; {problem}"
        logger.warning("%s: %s", response.url, message)
        return CrawlFailure(
            url=response.url,
            site=item.site,
            kind=KIND_PARSE,
            message=message,
            http_status=response.status,
        )


class UrlLengthGuardMiddleware:
    """Spider middleware: a link longer than URLLENGTH_LIMIT becomes a failure, not a request.

    Scrapy's UrlLengthMiddleware drops such a link with a log line only; a Thai headline's
    alias percent-encoded (9 characters a letter) makes an article's address run to thousands
    of characters, so a refusal is recorded where the run's report shows it.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit

    @classmethod
    def from_crawler(cls, crawler: Any) -> UrlLengthGuardMiddleware:
        return cls(crawler.settings.getint("URLLENGTH_LIMIT"))

    def process_spider_output(
        self, response: Response, result: Iterable[Any], spider: Any = None
    ) -> Iterator[Any]:
        for item in result:
            yield self._check(item, spider)

    async def process_spider_output_async(
        self, response: Response, result: AsyncIterator[Any], spider: Any = None
    ) -> AsyncIterator[Any]:
        async for item in result:
            yield self._check(item, spider)

    def _check(self, item: Any, spider: Any) -> Any:
        from scrapy import Request

        from crawler.items import CrawlFailure

        if not self.limit or not isinstance(item, Request) or len(item.url) <= self.limit:
            return item
        message = f"link refused: its URL is {len(item.url)} characters (limit {self.limit})"
        logger.warning("%s: %s", message, item.url[:200])
        return CrawlFailure(
            url=item.url,
            site=getattr(spider, "site_key", "") or getattr(spider, "name", ""),
            kind=KIND_TRAP,
            message=message,
        )


class SelfRedirectMiddleware(RedirectMiddleware):
    """Scrapy's redirect middleware; a redirect back to the address asked for is fetched again.

    A load balancer's or an anti-bot cookie wall (F5 BIG-IP's TS cookies) answers the first
    request for a page with a 302 to the same address and a Set-Cookie; the cookie middleware
    keeps the cookie and the page comes the next time. Scrapy's duplicate filter would drop
    that second request (its address was asked for already); REDIRECT_MAX_TIMES still ends a
    loop.
    """

    def _redirect(self, redirected: Request, request: Request, reason: Any) -> Request:
        out = super()._redirect(redirected, request, reason)
        if canonical_url(out.url) == canonical_url(request.url):
            out.dont_filter = True
        return out


# A script's top-level jump to another address: location.replace('...'), location.href = '...'.
SCRIPT_JUMP_RE = re.compile(
    r"""^\s*(?:<!--\s*)?(?:(?:window|top|self|document)\.)?location"""
    r"""(?:\.replace\s*\(\s*|(?:\.href)?\s*=\s*)["']([^"'\s]+)["']""",
    re.M,
)
SCRIPTS_RE = re.compile(r"<script\b[^>]*>(.*?)</script>", re.S | re.I)
TAGS_RE = re.compile(r"<[^>]+>")
MOVED_PAGE_TEXT = 300  # what a page that only sends the reader on prints ("ย้ายไปยังระบบใหม่แล้ว")


SHORT_PAGE_BYTES = 20_000  # a page that only sends the reader on (a script jump, a frameset)


def short_page(request: Request, response: Response) -> bool:
    """Tell whether *response* is a short HTML page whose request may be redirected."""
    return (
        not request.meta.get("dont_redirect", False)
        and isinstance(response, HtmlResponse)
        and len(response.body) <= SHORT_PAGE_BYTES
    )


class ScriptRedirectMiddleware(MetaRefreshMiddleware):
    """Follow a page that only sends the browser on by script, as a meta refresh is followed.

    A moved address may answer a short page ("ระบบข่าวเดิมได้ย้ายไปยังระบบใหม่แล้ว") whose script
    replaces the location (`window.location.replace('../news/view.asp?ID=5')`) instead of a
    meta refresh or an HTTP redirect. Only a page of little text whose script jumps at its top
    level is followed: a page's own text never sends the crawl elsewhere.
    """

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        if not short_page(request, response) or b"location" not in response.body:
            return response
        text = response.text
        scripts = SCRIPTS_RE.findall(text)
        target = next((m.group(1) for s in scripts for m in [SCRIPT_JUMP_RE.search(s)] if m), None)
        if target is None or target.startswith(("#", "javascript:")):
            return response
        shown = TAGS_RE.sub(" ", SCRIPTS_RE.sub(" ", text.split("</head>", 1)[-1]))
        if len(" ".join(shown.split())) > MOVED_PAGE_TEXT:
            return response
        target = response.urljoin(browser_href(target))
        redirected = self._redirect_request_using_get(request, response, target)
        return self._redirect(redirected, request, "script redirect")


# Frame names of a frameset's furniture (Dreamweaver's topFrame / leftFrame, a menu, a
# banner) and of its main part (mainFrame, content, body, center, detail).
SIDE_FRAME_RE = re.compile(r"top|left|menu|head|foot|banner|nav|logo|bottom|title", re.I)
MAIN_FRAME_RE = re.compile(r"main|content|body|cent(?:er|re)|detail|right", re.I)
FRAME_RE = re.compile(r"<frame\b[^>]*>", re.I)
FRAME_ATTRIBUTE_RE = re.compile(
    r"""\b(src|name|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))""", re.I
)


def main_frame(html: str) -> str | None:
    """Return the address of a frameset page's main frame (None when it has no frame).

    The frame named as the main part, else the last frame not named as furniture (a
    frameset lays the menu and banner out first), else the last frame.

    >>> main_frame('<frameset rows="125,*"><frame src="top.html" name="topFrame">'
    ...     '<frameset cols="190,*"><frame src="menu.php" name="leftFrame">'
    ...     '<frame src="list.php" name="mainFrame"></frameset></frameset>')
    'list.php'
    >>> main_frame('<frameset cols="20%,*"><frame src="a.html"><frame src="b.html"></frameset>')
    'b.html'
    """
    frames = []
    for tag in FRAME_RE.findall(html):
        attributes = {
            m.group(1).lower(): next(v for v in m.groups()[1:] if v is not None)
            for m in FRAME_ATTRIBUTE_RE.finditer(tag)
        }
        src = attributes.get("src", "").strip()
        if src and not src.lower().startswith(("javascript:", "about:", "#")):
            frames.append((src, f"{attributes.get('name', '')} {attributes.get('id', '')}"))
    if not frames:
        return None
    named = [src for src, name in frames if MAIN_FRAME_RE.search(name)]
    if named:
        return named[0]
    plain = [src for src, name in frames if not SIDE_FRAME_RE.search(name)]
    return (plain or [src for src, _ in frames])[-1]


class FramesetMiddleware(MetaRefreshMiddleware):
    """Follow a frameset page to its main frame, as a meta refresh is followed.

    Sites of the early 2000s print their listing (or an article) as a frameset: the page
    itself holds frames only, and the list lives in the framed page (`<frame src="list.php"
    name="mainFrame">`).
    """

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        if not short_page(request, response) or b"<frameset" not in response.body.lower():
            return response
        target = main_frame(response.text)
        if target is None:
            return response
        target = response.urljoin(browser_href(target))
        if canonical_url(target) == canonical_url(response.url):
            return response
        redirected = self._redirect_request_using_get(request, response, target)
        return self._redirect(redirected, request, "main frame")
