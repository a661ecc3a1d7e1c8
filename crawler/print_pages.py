"""An article linked as its print version: the page it was printed from is read instead.

Some listings link each story's printer-friendly page (it calls `window.print()` as it opens),
not the story's page. The print page names the page it prints: its canonical link, a "back"
link (กลับ, ต้นฉบับ, back to the story), or the address printed at its foot ("URL : ...").
The story's page is the record, under its own address.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import urljoin, urlsplit

from scrapy.downloadermiddlewares.redirect import MetaRefreshMiddleware
from scrapy.http import Request, Response

from crawler.middlewares import short_page
from crawler.urls import canonical_url

PRINTS_RE = re.compile(
    r"""<body\b[^>]*\bonload\s*=\s*["'][^"']*print\s*\("""
    r"""|window\.print\s*\(\s*\)\s*;?\s*(?:</script>|$)""",
    re.I,
)
CANONICAL_RE = re.compile(
    r"""<link\b(?=[^>]*\brel\s*=\s*["']?canonical)[^>]*\bhref\s*=\s*["']([^"']+)""", re.I
)
LINK_RE = re.compile(
    r"""<a\b[^>]*\bhref\s*=\s*["']([^"'#][^"']*)["'][^>]*>(.*?)</a>""", re.I | re.S
)
BACK_RE = re.compile(r"กลับ|ต้นฉบับ|หน้าข่าว|back|original|view\s+(?:the\s+)?(?:story|article)", re.I)
PRINTED_URL_RE = re.compile(r"URL\s*:\s*(https?://\S+?)(?=<|\s|$)", re.I)
TAGS_RE = re.compile(r"<[^>]+>")


def printed_from(html: str, url: str) -> str | None:
    """Return the address of the page a print page prints (None for any other page).

    >>> printed_from('<body onload="window.print()"><p>ข่าว</p>'
    ...     '<a href="/pr/0,1106,5,00.html">[ กลับ ]</a></body>', "http://h/pr/0,1107,5,00.html")
    'http://h/pr/0,1106,5,00.html'
    >>> printed_from('<body><p>ข่าว</p><a href="/n/4">กลับ</a></body>', "http://h/n/5") is None
    True
    """
    if PRINTS_RE.search(html) is None:
        return None
    here = canonical_url(url)
    canonical = CANONICAL_RE.search(html)
    if canonical:
        target = urljoin(url, canonical.group(1).strip())
        if canonical_url(target) != here:
            return target
    host = urlsplit(url).netloc
    for href, label in LINK_RE.findall(html):
        target = urljoin(url, href.strip())
        said = " ".join(TAGS_RE.sub(" ", label).split())
        same_site = urlsplit(target).netloc == host
        if same_site and BACK_RE.search(said) and canonical_url(target) != here:
            return target
    printed = PRINTED_URL_RE.search(html)
    if printed:  # the address printed at the foot, on the host the page came from
        parts = urlsplit(printed.group(1))
        target = urljoin(url, parts.path + (f"?{parts.query}" if parts.query else ""))
        if canonical_url(target) != here:
            return target
    return None


class PrintPageMiddleware(MetaRefreshMiddleware):
    """Follow an article's print page to the page it prints, as a redirect is followed."""

    def process_response(
        self, request: Request, response: Response, spider: Any = None
    ) -> Request | Response:
        if (
            request.meta.get("khaosan_kind") != "article"
            or not short_page(request, response)
            or b"print(" not in response.body
            or "print page" in request.meta.get("redirect_reasons", [])
        ):
            return response
        target = printed_from(response.text, response.url)
        if target is None:
            return response
        redirected = self._redirect_request_using_get(request, response, target)
        return self._redirect(redirected, request, "print page")
