"""FaultSite + FaultServer: a K2 replica whose listing mixes in hostile routes (reliability tests).

Every listing page of the wrapped K2Site gets extra entries that link to hostile article routes
(5xx, stalls, resets, gzip bombs, oversize pages, redirect loops, off-site redirects, PDF, images,
empty bodies, random bytes, deep nesting, a wrong charset, links to other hosts); some listing
pages fail on their first request and recover; the last listing page links on to a hostile
listing (a permanent failure, or an endless pagination trap repeating items already seen).

Faults that need control of the socket (stalls, resets, short bodies, unbounded streams) are
``Streamed`` responses, written by FaultServer's handler instead of the plain ``_send``.

>>> with FaultServer(FaultSite(articles=20)) as server:  # doctest: +SKIP
...     print(server.url, server.site.listing_url, server.site.hostile_urls())
"""

from __future__ import annotations

import dataclasses
import random
import socket
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from html import escape
from http.server import BaseHTTPRequestHandler
from typing import Any

from crawler.replica.base import Response, html_response
from crawler.replica.k2 import CATEGORY_PATH, HTML_HEADERS, JPEG_STUB, PDF_STUB, K2Site
from crawler.replica.server import ReplicaHandler, ReplicaServer

MIB = 1024 * 1024
FAULT_ID_BASE = 900_000  # K2 ids of hostile article routes (real ids stay far below)
TRAP_PATH = CATEGORY_PATH + "-archive"  # endless listing that repeats items already seen
BOMB_MEMBER_MIB = 16  # one gzip member inflates to this many MiB of zeros
NEXT_DISABLED = '<li class="pagination-next"><span class="pagenav">ต่อไป</span></li>'  # "next"

# Hostile article routes -> what a defended crawler must do: ("fail", kinds) or ("store", ()).
ARTICLE_FAULTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "http500_then_ok": ("store", ()),  # retried, then stored
    "http503_always": ("fail", ("http",)),
    "stall": ("fail", ("timeout",)),  # no byte sent, past DOWNLOAD_TIMEOUT
    "reset_mid_body": ("fail", ("connection",)),  # RST after part of the body
    "short_body": ("fail", ("connection",)),  # clean close, fewer bytes than Content-Length
    "gzip_bomb": ("fail", ("size",)),  # ~2 MB on the wire, GiBs inflated
    "oversize": ("fail", ("size",)),  # Content-Length above DOWNLOAD_MAXSIZE
    "oversize_stream": ("fail", ("size",)),  # no Content-Length, streams past the cap
    "redirect_loop": ("fail", ("redirect",)),
    "redirect_offsite": ("fail", ("offsite",)),  # 302 to another host
    "pdf": ("fail", ("content_type",)),
    "image": ("fail", ("content_type",)),
    "empty": ("fail", ("empty",)),
    "random_bytes": ("fail", ("encoding", "parse")),  # served as text/html
    "deep_nesting": ("fail", ("parse",)),  # 50,000 nested <div>, no article in it
    "charset_mismatch": ("store", ()),  # says utf-8 (header and meta), bytes are TIS-620
}
# Listing entries that point at other hosts: never fetched; recorded as "offsite".
OFFSITE_LINKS = ("offsite_link_localhost", "offsite_link_other")
# Listing page number -> fault on its first request (then the real page): all recover.
LISTING_FAULTS: dict[int, str] = {2: "http503_once", 3: "reset_once", 4: "stall_once"}
# What the last listing page's "next" link leads to.
LISTING_ENDS = ("http503_always", "redirect_loop", "gzip_bomb", "random_bytes", "pdf", "trap")


@dataclass(frozen=True, slots=True)
class Streamed(Response):
    """A response written by *writer* straight to the socket (stalls, resets, streams)."""

    writer: Callable[[BaseHTTPRequestHandler], None] | None = None


class FaultSite:
    """A K2Site whose listing mixes hostile routes in with the real articles."""

    def __init__(
        self,
        articles: int = 54,
        *,
        page_size: int = 10,
        seed: int = 0,
        faults: tuple[str, ...] = tuple(ARTICLE_FAULTS),
        offsite_links: tuple[str, ...] = OFFSITE_LINKS,
        listing_faults: dict[int, str] | None = None,
        listing_end: str | None = "http503_always",
        stall_seconds: float = 20.0,
        oversize_bytes: int = 17 * MIB,
        bomb_gib: int = 2,
        prefix: str = "/industry",
        site_key: str = "industry_go_th",
    ) -> None:
        """Wrap a K2Site of *articles*; *faults* name ARTICLE_FAULTS keys to mix in."""
        unknown = set(faults) - set(ARTICLE_FAULTS)
        if unknown:
            raise ValueError(f"unknown faults: {', '.join(sorted(unknown))}")
        if listing_end is not None and listing_end not in LISTING_ENDS:
            raise ValueError(f"unknown listing end {listing_end!r}; one of {LISTING_ENDS}")
        self.inner = K2Site(articles, seed=seed, page_size=page_size, prefix=prefix,
                            site_key=site_key)  # fmt: skip
        self.prefix = self.inner.prefix
        self.site_key = site_key
        self.faults = faults
        self.offsite_links = offsite_links
        self.listing_faults = dict(LISTING_FAULTS if listing_faults is None else listing_faults)
        self.listing_end = listing_end
        self.stall_seconds = stall_seconds
        self.oversize_bytes = oversize_bytes
        self.bomb_gib = bomb_gib
        self.base_url = self.inner.base_url
        self.stopping = threading.Event()
        self._hits: Counter[str] = Counter()
        self._lock = threading.Lock()

    # -- Family protocol -----------------------------------------------------------------------

    def bind(self, base_url: str) -> None:
        """Learn the server's base URL."""
        self.inner.bind(base_url)
        self.base_url = self.inner.base_url

    @property
    def article_count(self) -> int:
        """Return how many real articles the site serves."""
        return self.inner.article_count

    def set_article_count(self, count: int) -> None:
        """Publish or withdraw real articles."""
        self.inner.set_article_count(count)

    @property
    def listing_url(self) -> str:
        """Return the first listing page's URL."""
        return self.inner.listing_url

    def expected_articles(self) -> list[dict[str, Any]]:
        """Return the records a defended crawl stores: real articles plus recovered faults."""
        records = self.inner.expected_articles()
        for kind in self.faults:
            if ARTICLE_FAULTS[kind][0] == "store":
                records.append(self.inner.expected_article(self._fault_item(kind)))
        return records

    # -- what a crawl must do ------------------------------------------------------------------

    def fault_url(self, kind: str) -> str:
        """Return the absolute URL of the hostile article route *kind*."""
        if kind == "offsite_link_localhost":
            host = self.base_url.replace("127.0.0.1", "localhost")
            return host + self._fault_path("leak")
        if kind == "offsite_link_other":
            return "http://offsite.invalid" + self._fault_path("leak")
        return self.base_url + self._fault_path(kind)

    def hostile_urls(self) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Return URL -> ("fail", kinds) | ("store", ()) for every hostile route a crawl meets."""
        routes = {self.fault_url(k): ARTICLE_FAULTS[k] for k in self.faults}
        for kind in self.offsite_links:
            routes[self.fault_url(kind)] = ("fail", ("offsite",))
        for page in self.listing_faults:
            if page <= self.inner.page_count:
                routes[self.inner.listing_page_url(page)] = ("store", ())
        if self.listing_end and self.listing_end != "trap":
            routes[self._end_url()] = ("fail", END_KINDS[self.listing_end])
        return routes

    def hits(self, target: str) -> int:
        """Return how many times a fault route answered (path + query as requested)."""
        with self._lock:
            return self._hits[target]

    # -- routing -------------------------------------------------------------------------------

    def routes(self, path: str, query: dict[str, list[str]]) -> Response | None:
        """Answer hostile routes; pass the rest to the K2 site (listings get hostile links)."""
        if not path.startswith(self.prefix):
            return None
        local = path[len(self.prefix) :]
        fault = local.removeprefix(CATEGORY_PATH + "/item/")
        if fault != local and "-fault-" in fault:
            return self._article_fault(fault.split("-fault-", 1)[1], path)
        if local == TRAP_PATH:
            return self._trap(_int(query.get("start")))
        if local == CATEGORY_PATH + "-end":
            return self._listing_end_fault(path)
        if local in (CATEGORY_PATH, CATEGORY_PATH + "/") and "format" not in query:
            start = _int(query.get("start"))
            page = start // self.inner.page_size + 1
            target = path + (f"?start={start}" if start else "")
            if page in self.listing_faults and self._hit(target) == 1:
                return self._first_hit_fault(self.listing_faults[page])
            return self._listing(start, page)
        return self.inner.routes(path, query)

    def _hit(self, target: str) -> int:
        with self._lock:
            self._hits[target] += 1
            return self._hits[target]

    def _fault_path(self, kind: str) -> str:
        index = (list(ARTICLE_FAULTS) + ["leak"]).index(kind)
        return f"{self.prefix}{CATEGORY_PATH}/item/{FAULT_ID_BASE + index}-fault-{kind}"

    def _end_url(self) -> str:
        if self.listing_end == "trap":
            return self.base_url + self.prefix + TRAP_PATH + "?start=0"
        return self.base_url + self.prefix + CATEGORY_PATH + "-end"

    def _fault_item(self, kind: str) -> Any:
        """Return a real-looking K2 item living at the fault route *kind*."""
        index = (list(ARTICLE_FAULTS) + ["leak"]).index(kind)
        base = self.inner.item(index % self.inner.article_count)
        return dataclasses.replace(base, id=FAULT_ID_BASE + index, alias=f"fault-{kind}")

    def _listing(self, start: int, page: int) -> Response:
        """Render the real listing page with hostile entries and, on the last page, a next link."""
        count = self.inner.article_count
        html = self.inner.render_listing(start, count)
        pages = self.inner.page_count
        hostile = list(self.faults) + list(self.offsite_links)
        mine = [k for i, k in enumerate(hostile) if i % pages == page - 1]
        entries = "".join(_entry(self.fault_url(k), f"ข่าว {k}") for k in mine)
        anchor = '<div id="itemListPrimary">\n'
        html = html.replace(anchor, anchor + entries, 1)
        if page >= pages and self.listing_end:
            link = f'<li class="pagination-next"><a title="ต่อไป" href="{self._end_url()}"'
            html = html.replace(NEXT_DISABLED, link + ' class="pagenav">ต่อไป</a></li>', 1)
            if NEXT_DISABLED not in html and pages == 1:
                html = html.replace("</body>", f'<ul>{link} class="pagenav">ต่อไป</a></li></ul>')
        return html_response(html, kind="listing", extra_headers=HTML_HEADERS)

    def _trap(self, start: int) -> Response:
        """Answer an endless listing page: the first real page's items again, and a next link."""
        count = self.inner.article_count
        first_page = range(min(self.inner.page_size, count))
        items = [self.inner.item(count - 1 - pos) for pos in first_page]
        entries = "".join(_entry(self.inner.article_url(item.serial), item.title) for item in items)
        nxt = f"{self.prefix}{TRAP_PATH}?start={start + self.inner.page_size}"
        html = (
            '<html><head><meta charset="utf-8"><title>คลังข่าว</title></head><body>'
            f'<div id="k2Container" class="itemListView"><div id="itemListPrimary">{entries}</div>'
            f'<ul><li class="pagination-next"><a title="ต่อไป" class="pagenav" href="{nxt}">'
            "ต่อไป</a></li></ul></div></body></html>"
        )
        self._hit(self.prefix + TRAP_PATH)
        return html_response(html, kind="trap")

    def _first_hit_fault(self, name: str) -> Response:
        if name == "http503_once":
            return html_response("<h1>Service Unavailable</h1>", status=503, kind="fault")
        if name == "reset_once":
            return Streamed(status=200, kind="fault", writer=_short_writer(reset=True))
        if name == "stall_once":
            return Streamed(status=200, kind="fault", writer=self._stall_writer())
        raise ValueError(f"unknown listing fault {name!r}")

    def _listing_end_fault(self, path: str) -> Response:
        end = self.listing_end or "http503_always"
        if end == "http503_always":
            return html_response("<h1>Service Unavailable</h1>", status=503, kind="fault")
        return self._article_fault(end, path)

    def _article_fault(self, kind: str, path: str) -> Response | None:
        """Answer the hostile article route *kind*."""
        hit = self._hit(path)
        if kind == "leak":  # reached only through an off-site link or redirect: must never be
            return self._article(self._fault_item("leak"))
        if kind not in ARTICLE_FAULTS:
            return None
        if kind == "http500_then_ok":
            if hit == 1:
                return html_response("<h1>Internal Server Error</h1>", status=500, kind="fault")
            return self._article(self._fault_item(kind))
        if kind == "http503_always":
            return html_response("<h1>Service Unavailable</h1>", status=503, kind="fault")
        if kind == "stall":
            return Streamed(status=200, kind="fault", writer=self._stall_writer())
        if kind in ("reset_mid_body", "short_body"):
            writer = _short_writer(reset=kind == "reset_mid_body")
            return Streamed(status=200, kind="fault", writer=writer)
        if kind == "gzip_bomb":
            headers = {"Content-Type": "text/html; charset=utf-8", "Content-Encoding": "gzip"}
            body = gzip_bomb(self.bomb_gib)
            return Response(status=200, headers=headers, body=body, kind="fault")
        if kind in ("oversize", "oversize_stream"):
            declared = self.oversize_bytes if kind == "oversize" else None
            writer = _stream_writer(self.oversize_bytes, declared, self.stopping)
            return Streamed(status=200, kind="fault", writer=writer)
        if kind == "redirect_loop":
            return _redirect(self._fault_path("redirect_loop") + f"?hop={hit}")
        if kind == "redirect_offsite":
            return _redirect(self.fault_url("offsite_link_localhost"))
        if kind == "pdf":
            return Response(200, {"Content-Type": "application/pdf"}, PDF_STUB, kind="fault")
        if kind == "image":
            return Response(200, {"Content-Type": "image/jpeg"}, JPEG_STUB, kind="fault")
        if kind == "empty":
            return Response(200, {"Content-Type": "text/html; charset=utf-8"}, b"", kind="fault")
        if kind == "random_bytes":
            body = random.Random(len(path)).randbytes(64 * 1024)
            return Response(200, {"Content-Type": "text/html"}, body, kind="fault")
        if kind == "deep_nesting":
            return html_response(deep_nesting_html(50_000), kind="fault")
        # charset_mismatch: TIS-620 bytes under a utf-8 header and a utf-8 meta tag.
        text = self.inner.render_item(self._fault_item(kind), self.inner.article_count)
        body = text.encode("cp874", errors="xmlcharrefreplace")
        headers = {**HTML_HEADERS, "Content-Type": "text/html; charset=utf-8"}
        return Response(status=200, headers=headers, body=body, kind="fault")

    def _article(self, item: Any) -> Response:
        html = self.inner.render_item(item, self.inner.article_count)
        return html_response(html, kind="article", extra_headers=HTML_HEADERS)

    def _stall_writer(self) -> Callable[[BaseHTTPRequestHandler], None]:
        seconds, stopping = self.stall_seconds, self.stopping

        def write(handler: BaseHTTPRequestHandler) -> None:
            deadline = time.monotonic() + seconds
            while time.monotonic() < deadline and not stopping.is_set():
                time.sleep(0.05)
            handler.close_connection = True

        return write


END_KINDS: dict[str, tuple[str, ...]] = {
    "http503_always": ("http",),
    "redirect_loop": ("redirect",),
    "gzip_bomb": ("size",),
    "random_bytes": ("encoding", "parse"),
    "pdf": ("content_type",),
}


class FaultHandler(ReplicaHandler):
    """Write Streamed responses with their own writer; note the Host header of every request."""

    def handle(self) -> None:
        """Serve the connection; a client that hung up (size cap, timeout) is not an error."""
        try:
            super().handle()
        except (ConnectionResetError, BrokenPipeError, TimeoutError):
            self.close_connection = True

    def _answer(self, *, send_body: bool) -> None:
        hosts = getattr(self.replica, "hosts_seen", None)
        if hosts is not None:
            hosts[(self.headers.get("Host") or "").split(":")[0]] += 1
        super()._answer(send_body=send_body)

    def _send(self, response: Response, send_body: bool) -> None:
        if isinstance(response, Streamed) and response.writer is not None:
            try:
                response.writer(self)
            except (BrokenPipeError, ConnectionResetError, TimeoutError):
                self.close_connection = True
            return
        super()._send(response, send_body)


class FaultServer(ReplicaServer):
    """A ReplicaServer that also writes Streamed responses and logs each request's Host header."""

    handler_class = FaultHandler

    def __init__(self, sites: Any = None, **kwargs: Any) -> None:
        super().__init__(sites if sites is not None else FaultSite(), **kwargs)
        self.hosts_seen: Counter[str] = Counter()

    def stop(self) -> None:
        """Release stalled handlers, then stop serving."""
        for site in self.sites:
            stopping = getattr(site, "stopping", None)
            if stopping is not None:
                stopping.set()
        super().stop()


def _short_writer(*, reset: bool) -> Callable[[BaseHTTPRequestHandler], None]:
    """Declare 64 KiB, send 8 KiB of a page, then reset (RST) or close the connection."""

    def write(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        handler.send_header("Content-Length", str(64 * 1024))
        handler.end_headers()
        handler.wfile.write(b"<html><body>" + ("<p>ข่าว</p>" * 500).encode())
        handler.wfile.flush()
        handler.close_connection = True
        if reset:  # linger 0: close() sends RST instead of FIN
            linger = struct.pack("ii", 1, 0)
            handler.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, linger)
            handler.connection.close()

    return write


def _stream_writer(
    total: int, declared: int | None, stopping: threading.Event
) -> Callable[[BaseHTTPRequestHandler], None]:
    """Stream *total* bytes of HTML in 64 KiB chunks, with or without a Content-Length."""
    chunk = b"<p>" + "ข่าว".encode() * 5400 + b"</p>\n"

    def write(handler: BaseHTTPRequestHandler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/html; charset=utf-8")
        if declared is not None:
            handler.send_header("Content-Length", str(declared))
        handler.send_header("Connection", "close")
        handler.end_headers()
        handler.close_connection = True
        sent = 0
        handler.wfile.write(b"<html><body>")
        while sent < total and not stopping.is_set():
            part = chunk[: total - sent]
            handler.wfile.write(part)
            sent += len(part)

    return write


def _redirect(location: str) -> Response:
    headers = {"Location": location, "Content-Type": "text/html; charset=utf-8"}
    return Response(status=302, headers=headers, body=b"<a href='x'>moved</a>", kind="fault")


def _entry(url: str, title: str) -> str:
    """Render one K2 category entry linking to *url*."""
    return (
        '        <div class="itemContainer" style="width:50.0%;">\n'
        '        <div class="catItemView groupPrimary"><div class="catItemHeader">'
        f'<h3 class="catItemTitle"><a href="{escape(url)}">{escape(title)}</a></h3>'
        "</div></div>\n        </div>\n"
    )


def _int(values: list[str] | None) -> int:
    try:
        return max(0, int(values[0])) if values else 0
    except ValueError:
        return 0


@lru_cache(maxsize=2)
def gzip_bomb(gib: int = 2) -> bytes:
    """Return a multi-member gzip body that inflates to *gib* GiB of zeros (~1 MB per GiB)."""
    member = _gzip_member(BOMB_MEMBER_MIB)
    return member * (gib * 1024 // BOMB_MEMBER_MIB)


@lru_cache(maxsize=1)
def _gzip_member(mib: int) -> bytes:
    compressor = zlib.compressobj(9, zlib.DEFLATED, 31)
    zeros = bytes(MIB)
    parts = [compressor.compress(zeros) for _ in range(mib)]
    parts.append(compressor.flush())
    return b"".join(parts)


def deep_nesting_html(depth: int) -> str:
    """Return a page of *depth* nested <div> elements around one line of text."""
    return (
        "<!DOCTYPE html><html><head><meta charset='utf-8'><title>หน้าซ้อน</title></head><body>"
        + "<div>" * depth
        + "ข้อความลึก"
        + "</div>" * depth
        + "</body></html>"
    )
