"""canonical_url(): the one place a URL becomes a primary key."""

from __future__ import annotations

import ipaddress
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that never change which article a URL names.
TRACKING_PARAMS = frozenset(
    {
        "utm_source",
        "utm_medium",
        "utm_campaign",
        "utm_term",
        "utm_content",
        "fbclid",
        "gclid",
        "rss_id",
        "tmpl",
        "print",
        "lang",
    }
)
ALLOWED_SCHEMES = ("http", "https")


@lru_cache(maxsize=8192)  # a listing's links are canonicalised by each of its readers
def canonical_url(url: str) -> str:
    """Return the canonical form of an article URL.

    Lower-case scheme and host, default port dropped, fragment dropped, tracking and print
    parameters dropped, remaining query sorted, ``http`` kept as given (sites differ).

    >>> canonical_url("HTTP://WWW.Industry.go.th:80/industry/index.php/th/item/40464-unido?rss_id=5#top")
    'http://www.industry.go.th/industry/index.php/th/item/40464-unido'
    """
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if k.lower() not in TRACKING_PARAMS
    ]
    query.sort()
    path = parts.path or "/"
    return urlunsplit((scheme, host, path, urlencode(query), ""))


def check_url(url: str) -> str:
    """Return *url* if it is an absolute http(s) URL, else raise ValueError naming it.

    >>> check_url("file:///etc/passwd")
    Traceback (most recent call last):
    ...
    ValueError: not an http(s) URL: 'file:///etc/passwd'
    """
    parts = urlsplit(url)
    if parts.scheme.lower() not in ALLOWED_SCHEMES or not parts.hostname:
        raise ValueError(f"not an http(s) URL: {url!r}")
    return url


def is_loopback_host(host: str, listed: set[str] | frozenset[str] = frozenset()) -> bool:
    """Tell whether a host is this machine: a listed name or any loopback address.

    >>> is_loopback_host("127.0.0.5"), is_loopback_host("::1"), is_loopback_host("10.0.0.1")
    (True, True, False)
    """
    if host in listed:
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False
