"""Name what went wrong with a request: one kind and one line per failure."""

from __future__ import annotations

from typing import Any

from twisted.internet import error as net_error
from twisted.python.failure import Failure

# Exception class -> failure kind; checked in order, first match wins.
KINDS: tuple[tuple[type[BaseException], str], ...] = (
    (net_error.TimeoutError, "timeout"),
    (net_error.TCPTimedOutError, "timeout"),
    (net_error.DNSLookupError, "dns"),
    (net_error.ConnectionRefusedError, "connection"),
    (net_error.ConnectionLost, "connection"),
    (net_error.ConnectError, "connection"),
)


def classify_failure(failure: Failure) -> tuple[str, str, int | None]:
    """Return (kind, one-line message, HTTP status or None) for a request's failure."""
    from scrapy.spidermiddlewares.httperror import HttpError

    value: Any = failure.value
    if isinstance(value, HttpError):
        status = value.response.status
        return "http", f"HTTP {status}", status
    from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

    if isinstance(value, (ResponseFailed, ResponseNeverReceived)):
        reasons = "; ".join(str(r.value) for r in getattr(value, "reasons", []))
        return "connection", f"{type(value).__name__}: {reasons or value}", None
    for cls, kind in KINDS:
        if isinstance(value, cls):
            return kind, f"{type(value).__name__}: {value}".strip(), None
    name = type(value).__name__
    if name == "IgnoreRequest" or "Ignore" in name:
        return "ignored", f"{name}: {value}", None
    if "Timeout" in name:
        return "timeout", f"{name}: {value}", None
    return "error", f"{name}: {value}", None
