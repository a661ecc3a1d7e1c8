"""Name what went wrong with a request: one kind and one line per failure."""

from __future__ import annotations

from typing import Any

from scrapy.exceptions import IgnoreRequest
from twisted.internet import error as net_error
from twisted.python.failure import Failure

# Failure kinds stored in failures.kind (docs/reliability.md lists which fault gives which).
KIND_HTTP = "http"  # an HTTP error status after retries (4xx, 5xx)
KIND_TIMEOUT = "timeout"  # no answer within DOWNLOAD_TIMEOUT, after retries
KIND_CONNECTION = "connection"  # refused, reset, or fewer bytes than Content-Length
KIND_DNS = "dns"
KIND_SIZE = "size"  # over DOWNLOAD_MAXSIZE, on the wire or once decompressed
KIND_REDIRECT = "redirect"  # more than REDIRECT_MAX_TIMES redirects, or to a non-http(s) URL
KIND_OFFSITE = "offsite"  # a link or redirect to a host outside the site
KIND_CONTENT_TYPE = "content_type"  # not an HTML page where one was expected
KIND_EMPTY = "empty"  # a page with no body
KIND_ENCODING = "encoding"  # bytes that decode to no readable text
KIND_PARSE = "parse"  # a page with no article in it, or an extraction error
KIND_ROBOTS = "robots"  # forbidden by robots.txt
KIND_TRAP = "trap"  # pagination that repeats links already seen
KIND_UNSAFE_XML = "unsafe_xml"  # a feed or sitemap with a DTD or entities, refused unparsed

# Exception class -> failure kind; checked in order, first match wins.
KINDS: tuple[tuple[type[BaseException], str], ...] = (
    (net_error.TimeoutError, KIND_TIMEOUT),
    (net_error.TCPTimedOutError, KIND_TIMEOUT),
    (net_error.DNSLookupError, KIND_DNS),
    (net_error.ConnectionRefusedError, KIND_CONNECTION),
    (net_error.ConnectionLost, KIND_CONNECTION),
    (net_error.ConnectionDone, KIND_CONNECTION),
    (net_error.ConnectError, KIND_CONNECTION),
)
# Scrapy 2.13+ download exceptions, by class name (older Scrapy lacks some of them).
SCRAPY_KINDS = {
    "DownloadTimeoutError": KIND_TIMEOUT,
    "CannotResolveHostError": KIND_DNS,
    "DownloadConnectionRefusedError": KIND_CONNECTION,
    "DownloadFailedError": KIND_CONNECTION,
    "ResponseDataLossError": KIND_CONNECTION,
    "DownloadCancelledError": KIND_SIZE,  # the HTTP handler cancels only over DOWNLOAD_MAXSIZE
    "UnsupportedURLSchemeError": KIND_OFFSITE,
}
MESSAGE_MAX = 300  # characters kept of an exception's text
# What an exception with no text of its own means.
SILENT_MESSAGES = {
    "DownloadCancelledError": (
        "download cancelled: response larger than its cap (DOWNLOAD_MAXSIZE, or"
        " KHAOSAN_ARTICLE_MAXSIZE for articles)"
    ),
    "ResponseDataLossError": "connection closed before the whole body arrived (data loss)",
    "DownloadTimeoutError": "no complete response within DOWNLOAD_TIMEOUT",
}


class Refused(IgnoreRequest):
    """A request or response refused by a khaosan defence; carries its failure kind."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind
        self.message = message


def classify_failure(failure: Failure) -> tuple[str, str, int | None]:
    """Return (kind, one-line message, HTTP status or None) for a request's failure."""
    return classify_exception(failure.value)


def classify_exception(value: Any) -> tuple[str, str, int | None]:
    """Return (kind, one-line message, HTTP status or None) for a download exception."""
    from scrapy.spidermiddlewares.httperror import HttpError

    if isinstance(value, Refused):
        return value.kind, _one_line(value.message), None
    if isinstance(value, HttpError):
        status = value.response.status
        location = value.response.headers.get(b"Location")
        if 300 <= status < 400 and location:
            # RedirectMiddleware only follows http(s): file:, ftp:, javascript: stay a 3xx.
            target = location.decode("latin-1")
            return KIND_REDIRECT, _one_line(f"HTTP {status} to {target}: not followed"), status
        return KIND_HTTP, f"HTTP {status}", status
    from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

    name = type(value).__name__
    if isinstance(value, (ResponseFailed, ResponseNeverReceived)):
        reasons = "; ".join(str(r.value) for r in getattr(value, "reasons", []))
        return KIND_CONNECTION, _one_line(f"{name}: {reasons or value}"), None
    for cls, kind in KINDS:
        if isinstance(value, cls):
            return kind, _one_line(f"{name}: {value}"), None
    text = str(value) or SILENT_MESSAGES.get(name, "")
    if name in SCRAPY_KINDS:
        return SCRAPY_KINDS[name], _one_line(f"{name}: {text}"), None
    if isinstance(value, IgnoreRequest):
        lowered = text.lower()
        if "max redirections" in lowered:
            return KIND_REDIRECT, _one_line(f"redirect loop or chain: {text}"), None
        if "download_maxsize" in lowered or "max size" in lowered:
            return KIND_SIZE, _one_line(text), None
        if "robots.txt" in lowered:
            return KIND_ROBOTS, _one_line(text), None
        return "ignored", _one_line(f"{name}: {text}"), None
    if "Timeout" in name:
        return KIND_TIMEOUT, _one_line(f"{name}: {text}"), None
    return "error", _one_line(f"{name}: {text}"), None


def _one_line(text: str) -> str:
    """Fold *text* to one line of at most MESSAGE_MAX characters.

    >>> _one_line("a\\n  b")
    'a b'
    """
    line = " ".join(text.split())
    return line if len(line) <= MESSAGE_MAX else line[: MESSAGE_MAX - 1] + "…"
