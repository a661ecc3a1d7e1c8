"""A canonical address sent in the HTTP ``Link`` header, put in the page as its ``<link>``.

RFC 8288 makes ``Link: <https://a.go.th/news/5>; rel="canonical"`` the same statement as the
page's own ``<link rel="canonical">``; static-site hosts and CDNs send it for pages whose
markup they do not touch. The page's own element wins; without one, the header's is written
into the page's head, so every reader of the page (the crawl, the extraction worker,
``khaosan extract``) keys the article by it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from urllib.parse import urljoin

from requests.utils import parse_header_links
from w3lib.url import safe_url_string

# The page's own canonical element, looked for in its first bytes (where a head is).
OWN_CANONICAL_RE = re.compile(rb"<link\b[^>]*\brel\s*=\s*[\"']?[^\"'>]*\bcanonical\b", re.I)
# Where the element goes: after the head's opening tag, else the html's, else the start.
OPENINGS = (re.compile(rb"<head\b[^>]*>", re.I), re.compile(rb"<html\b[^>]*>", re.I))
UTF8_BOM = b"\xef\xbb\xbf"
HEAD_BYTES = 65536
# Bodies whose bytes are not ASCII-compatible (UTF-16, UTF-32 byte-order marks): left alone.
WIDE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


def header_canonical(values: Iterable[str], url: str) -> str | None:
    """Return the absolute canonical address the ``Link`` header values name, or None.

    >>> header_canonical(['</news/5.html>; rel="canonical", </n/5>; rel=shortlink'], "http://h/news/5/")
    'http://h/news/5.html'
    >>> header_canonical(['<http://h/feed>; rel="alternate"'], "http://h/a") is None
    True
    """
    for value in values:
        for link in parse_header_links(value):
            rels = link.get("rel", "").lower().split()
            if "canonical" in rels and link.get("url"):
                return urljoin(url, link["url"].strip())
    return None


def with_header_canonical(body: bytes, values: Iterable[str], url: str) -> bytes:
    """Return *body* with the header's canonical written into its head, when the page names
    none of its own (otherwise *body* as it came).

    >>> page = b"<html><head><title>t</title></head><body>x</body></html>"
    >>> with_header_canonical(page, ['</a.html>; rel="canonical"'], "http://h/a/")[:64]
    b'<html><head><link rel="canonical" href="http://h/a.html"><title>'
    >>> own = b'<head><link rel="canonical" href="/b"></head>'
    >>> with_header_canonical(own, ['</a>; rel="canonical"'], "http://h/") == own
    True
    """
    target = header_canonical(values, url)
    if target is None or body.startswith(WIDE_BOMS):
        return body
    head = body[:HEAD_BYTES]
    if OWN_CANONICAL_RE.search(head):
        return body
    element = f'<link rel="canonical" href="{html.escape(safe_url_string(target))}">'
    at = len(UTF8_BOM) if body.startswith(UTF8_BOM) else 0
    for opening in OPENINGS:
        opened = opening.search(head)
        if opened:
            at = opened.end()
            break
    return body[:at] + element.encode("ascii") + body[at:]
