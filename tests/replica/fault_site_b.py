"""A second, independent fault site (red team for issue 8): K2 markup, raw-socket hostile routes.

Written apart from tests/replica/faults.py on purpose: its own socketserver handler that
parses requests and writes raw bytes, its own K2-shaped templates, and faults the first replica
does not serve (Retry-After, drips, truncated chunked bodies, deflate and brotli bombs, scheme
redirects, meta refresh, UTF-16, NUL bytes, 100k nesting, 5 MB lines, duplicate links, traps).

Listings (each a start URL of its own crawl):

- ``/listing``: five pages (``?start=0..40``) of good articles mixed with hostile article
  routes; page 2 answers 503 with Retry-After once, page 3 stalls once; page 4 is gzip
  encoded and links one article 1,000 times; page 5 links ``javascript:``/``mailto:``/``tel:``
  and leads to ``?start=50``, which answers 500 forever (the walk ends there: ``?start=60``
  exists but is unreachable without guessing URLs, so its articles are not expected).
- ``/trap``: a real page, then endless ``?offset=N`` pages listing only articles already seen.
- ``/self``: a real page whose "next" link points to itself.
- ``/missing``: 404.

``/robots.txt`` answers 500, or 5 MB of rules (``robots="huge"``).
"""

from __future__ import annotations

import gzip
import socket
import socketserver
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable
from functools import cache
from html import escape
from types import TracebackType
from urllib.parse import parse_qs, urlsplit

import brotli

MIB = 1024 * 1024
BOMB_MIB = 256  # inflated size of each compression bomb (16 MiB is the cap)
THAI_DATE = "03 ตุลาคม 2561 17:42"
ROUTE_PREFIX = "/news/item/"
PAGES = 5  # real pages of /listing; ?start=50 fails forever, ?start=60 is behind it
PER_PAGE = 6  # good articles per /listing page
RETRY_AFTER = 4  # seconds a busy route asks for; more than the plain backoff (1 s, then 2 s)

# Hostile article routes -> ("store", ()) or ("fail", sensible failure kinds).
ARTICLE_FAULTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "retry_after_then_ok": ("store", ()),  # 503 + Retry-After: 4 for 4 s, then the page
    "retry_after_forever": ("fail", ("http",)),  # 503 + Retry-After: 86400 always
    "stall_headers": ("fail", ("timeout",)),  # request read, nothing sent
    "stall_mid_body": ("fail", ("timeout", "connection")),  # half the body, then silence
    "drip": ("fail", ("timeout",)),  # 1 byte per second, well under the timeout each
    "chunked_truncated": ("fail", ("connection",)),  # chunked, closed before the last chunk
    # Content-Length > body, then FIN; a retry that waits behind the stall route on a loaded
    # machine ends in the 2 s timeout instead (two CI runs in two sessions): both are the page lost
    "length_over_close": ("fail", ("connection", "timeout")),
    "close_no_bytes": ("fail", ("connection",)),  # request read, closed at once
    "gzip_bomb": ("fail", ("size",)),
    "deflate_bomb": ("fail", ("size",)),
    "br_bomb": ("fail", ("size",)),
    "huge_stream": ("fail", ("size",)),  # no Content-Length, streams past the cap
    "redirect_chain_10": ("fail", ("redirect",)),  # 10 hops before a real page
    "redirect_loop_query": ("fail", ("redirect",)),  # ?n=1 -> ?n=2 -> ... forever
    "redirect_https_other": ("fail", ("offsite",)),  # 301 to https://other host
    "meta_refresh_other": ("fail", ("offsite", "parse")),  # <meta refresh> to other host
    "location_file": ("fail", ("redirect", "offsite")),  # Location: file:///etc/passwd
    "location_ftp": ("fail", ("redirect", "offsite")),  # Location: ftp://...
    "png_as_html": ("fail", ("content_type",)),
    # a real page, wrong media type: read as the page it is (round 57: old servers label HTML
    # application/octet-stream or text/plain); binary data labelled HTML stays a failure
    "octet_stream_html": ("store", ()),
    "nul_byte": ("store", ()),  # a real page with a NUL byte in its body
    "utf16_bom": ("store", ()),  # a real page in UTF-16 LE with a BOM, no charset
    "unknown_charset": ("store", ()),  # charset=x-unknown-charset, bytes are UTF-8
    "nested_100k": ("fail", ("parse",)),  # 100,000 nested <div>, no article
    "thai_5mb_line": ("store", ()),  # a real page whose body is one 5 MB line of Thai
    "huge_article": ("fail", ("size",)),  # a real page of 15 MB of Thai, no Content-Length
}
# Listing entries with a non-web scheme: never fetched; recorded as offsite.
SCHEME_LINKS = {
    "javascript": "javascript:void(window.open('/news/item/1'))",
    "mailto": "mailto:pr@industry.go.th",
    "tel": "tel:+6622023000",
}
# Listing routes -> what the crawl must record.
LISTING_FAULTS: dict[str, tuple[str, tuple[str, ...]]] = {
    "/listing?start=10": ("store", ()),  # 503 + Retry-After once
    "/listing?start=20": ("store", ()),  # stalls once
    "/listing?start=50": ("fail", ("http",)),  # 500 forever, mid archive
    "/trap?offset=1": ("fail", ("trap",)),  # endless, only seen articles
    "/self": ("fail", ("trap",)),  # next link points to itself
    "/missing": ("fail", ("http",)),  # 404
}


def thai_title(n: int) -> str:
    """Return the title of good article *n*."""
    return f"กระทรวงอุตสาหกรรมเปิดโครงการพัฒนาผู้ประกอบการ ครั้งที่ {n}"


def thai_paragraphs(n: int) -> list[str]:
    """Return the body paragraphs of good article *n*."""
    return [
        f"นายสุริยะ รัฐมนตรีว่าการกระทรวงอุตสาหกรรม เป็นประธานเปิดโครงการที่ {n} ณ กรุงเทพมหานคร",
        f"โครงการนี้ช่วยผู้ประกอบการวิสาหกิจขนาดกลางและขนาดย่อมจำนวน {n * 7} ราย",
    ]


def article_page(url_path: str, title: str, paragraphs: list[str], charset: str = "utf-8") -> str:
    """Return a K2 item page (div#k2Container.itemView) with a title, a date and a body."""
    body = "\n".join(f"<p>{escape(p)}</p>" for p in paragraphs)
    return f"""<!DOCTYPE html>
<html lang="th-th"><head>
<meta http-equiv="content-type" content="text/html; charset={charset}" />
<title>{escape(title)}</title>
<link href="{url_path}" rel="canonical" />
</head><body>
<div id="main">
<div id="k2Container" class="itemView">
  <div class="itemHeader">
    <span class="itemDateCreated">{THAI_DATE}</span>
    <h2 class="itemTitle">{escape(title)}</h2>
  </div>
  <div class="itemBody">
    <div class="itemFullText">
{body}
    </div>
  </div>
  <div class="itemHitsBlock"><span class="itemHits">อ่าน <b>12</b> ครั้ง</span></div>
</div>
</div></body></html>"""


def listing_page(entries: list[tuple[str, str]], next_href: str | None) -> str:
    """Return a K2 category page: one div.catItemView per (href, title), then pagination."""
    items = "\n".join(
        f"""<div class="itemContainer"><div class="catItemView groupLeading">
  <div class="catItemHeader">
    <span class="catItemDateCreated">{THAI_DATE}</span>
    <h3 class="catItemTitle"><a href="{escape(href)}">{escape(title)}</a></h3>
  </div>
  <div class="catItemReadMore"><a class="k2ReadMore" href="{escape(href)}">อ่านต่อ...</a></div>
</div></div>"""
        for href, title in entries
    )
    if next_href:
        link = f'<a title="ต่อไป" href="{escape(next_href)}" class="pagenav">ต่อไป</a>'
        nav = f'<li class="pagination-next">{link}</li>'
    else:
        nav = '<li class="pagination-next"><span class="pagenav">ต่อไป</span></li>'
    return f"""<!DOCTYPE html>
<html lang="th-th"><head><meta charset="utf-8" /><title>ข่าวประชาสัมพันธ์</title></head>
<body><div id="k2Container" class="itemListView">
<div class="itemList"><div id="itemListLeading">
{items}
</div></div>
<div class="k2Pagination"><ul>{nav}</ul></div>
</div></body></html>"""


@cache
def bomb(encoding: str) -> bytes:
    """Return BOMB_MIB MiB of zeros compressed with *encoding* (gzip, deflate or br)."""
    zeros = bytes(MIB)
    if encoding == "br":
        compressor = brotli.Compressor(quality=5)
        parts = [compressor.process(zeros) for _ in range(BOMB_MIB)]
        return b"".join(parts) + compressor.finish()
    wbits = 31 if encoding == "gzip" else 15  # gzip wrapper, or zlib (HTTP "deflate")
    packer = zlib.compressobj(6, zlib.DEFLATED, wbits)
    return b"".join(packer.compress(zeros) for _ in range(BOMB_MIB)) + packer.flush()


@cache
def thai_line(megabytes: int = 5) -> str:
    """Return one line of Thai text of about *megabytes* MB in UTF-8, no newline in it."""
    unit = "ประชาชนได้รับประโยชน์จากโครงการอุตสาหกรรมสีเขียวอย่างทั่วถึง "
    return (unit * (megabytes * MIB // len(unit.encode("utf-8")) + 1)).strip()


class Reply:
    """A raw HTTP answer: status, headers and body, or a custom writer for socket tricks."""

    def __init__(self, status: int = 200, headers: dict[str, str] | None = None,
                 body: bytes = b"", writer: Callable[[socket.socket], None] | None = None,
                 ) -> None:  # fmt: skip
        self.status = status
        self.headers = headers or {}
        self.body = body
        self.writer = writer

    def head(self, length: bool = True) -> bytes:
        """Return the status line and headers."""
        lines = [f"HTTP/1.1 {self.status} X"]
        headers = dict(self.headers)
        if length and "Content-Length" not in headers:
            headers["Content-Length"] = str(len(self.body))
        headers.setdefault("Connection", "close")
        lines += [f"{k}: {v}" for k, v in headers.items()]
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")


HTML = "text/html; charset=utf-8"


class FaultSiteB:
    """The routes and their ground truth; ``FaultServerB`` serves them."""

    def __init__(self, robots: str = "500", stall: float = 8.0) -> None:
        self.robots = robots
        self.stall = stall
        self.hits: Counter[str] = Counter()
        self.first_seen: dict[str, float] = {}
        self.lock = threading.Lock()
        self.base = ""
        # Good articles: numbered; listing page p holds PER_PAGE of them.
        self.listing_articles = {p: list(range(p * 100 + 1, p * 100 + 1 + PER_PAGE))
                                 for p in range(PAGES + 2)}  # fmt: skip
        self.trap_articles = list(range(801, 805))
        self.self_articles = list(range(901, 904))
        self.dup_target = self.listing_articles[3][0]

    # -- ground truth ----------------------------------------------------------------------

    def article_path(self, n: int) -> str:
        return f"{ROUTE_PREFIX}{n}-news"

    def fault_path(self, name: str) -> str:
        return f"{ROUTE_PREFIX}9{list(ARTICLE_FAULTS).index(name):03d}-{name}"

    def expected(self, listing: str) -> dict[str, dict[str, str]]:
        """Return {url: {"title", "body"}} of every article a crawl of *listing* must store."""
        if listing == "/listing":
            numbers = [n for p in range(PAGES) for n in self.listing_articles[p]]
        else:
            numbers = {"/trap": self.trap_articles, "/self": self.self_articles}.get(listing, [])
        out = {self.base + self.article_path(n): {"title": thai_title(n),
                                                  "body": "\n".join(thai_paragraphs(n))}
               for n in numbers}  # fmt: skip
        if listing == "/listing":
            for name, (outcome, _) in ARTICLE_FAULTS.items():
                if outcome == "store":
                    n = _fault_n(name)
                    lines = [thai_line()] if name == "thai_5mb_line" else thai_paragraphs(n)
                    out[self.base + self.fault_path(name)] = {"title": thai_title(n),
                                                              "body": "\n".join(lines)}  # fmt: skip
        return out

    def hostile(self, listing: str) -> dict[str, tuple[str, tuple[str, ...]]]:
        """Return {url: (outcome, kinds)} for the hostile routes a crawl of *listing* meets."""
        out: dict[str, tuple[str, tuple[str, ...]]] = {}
        if listing == "/listing":
            for name, truth in ARTICLE_FAULTS.items():
                out[self.base + self.fault_path(name)] = truth
            for target in SCHEME_LINKS.values():
                out[target] = ("fail", ("offsite",))
        for route, truth in LISTING_FAULTS.items():
            if route.split("?")[0] == listing:
                out[self.base + route] = truth
        return out

    # -- routes ----------------------------------------------------------------------------

    def first_time(self, target: str) -> bool:
        with self.lock:
            self.hits[target] += 1
            return self.hits[target] == 1

    def route(self, target: str) -> Reply:
        parts = urlsplit(target)
        path, query = parts.path, parse_qs(parts.query)
        with self.lock:
            self.hits[target] += 0
        if path == "/robots.txt":
            return self.robots_txt()
        if path == "/listing":
            return self.listing(target, int(query.get("start", ["0"])[0]) // 10)
        if path == "/trap":
            return self.trap(int(query.get("offset", ["0"])[0]))
        if path == "/self":
            entries = [(self.article_path(n), thai_title(n)) for n in self.self_articles]
            return self.html(listing_page(entries, "/self"))
        if path.startswith(ROUTE_PREFIX):
            return self.article(target, path[len(ROUTE_PREFIX) :], query)
        return Reply(404, {"Content-Type": HTML}, "<p>ไม่พบหน้า</p>".encode())

    def robots_txt(self) -> Reply:
        if self.robots == "huge":  # 5 MB of rules, none of which forbids the news
            rules = "".join(f"Disallow: /private/{i}/\n" for i in range(5 * MIB // 22))
            return Reply(200, {"Content-Type": "text/plain"}, ("User-agent: *\n" + rules).encode())
        return Reply(500, {"Content-Type": HTML}, b"<html><body>Internal error</body></html>")

    @staticmethod
    def html(text: str, status: int = 200) -> Reply:
        return Reply(status, {"Content-Type": HTML}, text.encode("utf-8"))

    def listing(self, target: str, page: int) -> Reply:
        if page == 1 and self.first_time("listing-1"):
            return Reply(503, {"Content-Type": HTML, "Retry-After": "1"}, b"busy")
        if page == 2 and self.first_time("listing-2"):
            return Reply(writer=lambda sock: time.sleep(self.stall))
        if page == PAGES:
            return Reply(500, {"Content-Type": HTML}, b"<html><body>Database error</body></html>")
        entries = [(self.article_path(n), thai_title(n)) for n in self.listing_articles[page]]
        names = list(ARTICLE_FAULTS)
        for name in names[page::PAGES]:
            entries.append((self.fault_path(name), f"ข่าว {name}"))
        if page == 3:  # one article linked 1,000 more times: fragments and query order only
            base = self.article_path(self.dup_target)
            variants = ("{0}#p{1}", "{0}?a=1&b=2", "{0}?b=2&a=1#{1}", "{0}?a=1&b=2#top{1}")
            entries += [(variants[i % 4].format(base, i), "ซ้ำ") for i in range(1000)]
        if page == 4:
            entries += [(href, f"ลิงก์ {scheme}") for scheme, href in SCHEME_LINKS.items()]
        text = listing_page(entries, f"/listing?start={(page + 1) * 10}")
        if page == 3:
            return Reply(200, {"Content-Type": HTML, "Content-Encoding": "gzip"},
                         gzip.compress(text.encode("utf-8")))  # fmt: skip
        return self.html(text)

    def trap(self, offset: int) -> Reply:
        numbers = self.trap_articles if offset == 0 else self.trap_articles[offset % 2 :: 2]
        entries = [(self.article_path(n), thai_title(n)) for n in numbers]
        return self.html(listing_page(entries, f"/trap?offset={offset + 1}"))

    def article(self, target: str, slug: str, query: dict[str, list[str]]) -> Reply:
        number = int(slug.split("-")[0])
        name = slug.split("-", 1)[1] if "-" in slug else ""
        if name in ARTICLE_FAULTS:
            return self.fault(name, target, query)
        path = self.article_path(number)
        return self.html(article_page(path, thai_title(number), thai_paragraphs(number)))

    def good(self, name: str, paragraphs: list[str] | None = None, charset: str = "utf-8") -> str:
        n = _fault_n(name)
        return article_page(self.fault_path(name), thai_title(n),
                            paragraphs or thai_paragraphs(n), charset)  # fmt: skip

    def fault(self, name: str, target: str, query: dict[str, list[str]]) -> Reply:  # noqa: C901
        path = self.fault_path(name)
        stall = self.stall
        if name == "retry_after_then_ok":  # busy until RETRY_AFTER s after the first request
            with self.lock:
                first = self.first_seen.setdefault(target, time.monotonic())
            if time.monotonic() - first < RETRY_AFTER:
                return Reply(503, {"Retry-After": str(RETRY_AFTER)}, b"")
            return self.html(self.good(name))
        if name == "retry_after_forever":
            return Reply(503, {"Retry-After": "86400", "Content-Type": HTML}, b"later")
        if name == "stall_headers":
            return Reply(writer=lambda sock: time.sleep(stall))
        if name == "stall_mid_body":
            page = self.good(name).encode()
            head = Reply(200, {"Content-Type": HTML, "Content-Length": str(len(page))}).head()
            return Reply(writer=lambda s: (s.sendall(head + page[: len(page) // 2]),
                                           time.sleep(stall)))  # fmt: skip
        if name == "drip":
            page = self.good(name).encode()
            head = Reply(200, {"Content-Type": HTML, "Content-Length": str(len(page))}).head()

            def drip(sock: socket.socket) -> None:
                sock.sendall(head)
                for i in range(int(stall * 2)):
                    sock.sendall(page[i : i + 1])
                    time.sleep(0.5)

            return Reply(writer=drip)
        if name == "chunked_truncated":
            page = self.good(name).encode()
            head = Reply(200, {"Content-Type": HTML, "Transfer-Encoding": "chunked"}).head(False)
            half = page[: len(page) // 2]
            wire = head + f"{len(half):x}\r\n".encode() + half + b"\r\n400\r\n" + b"x" * 10
            return Reply(writer=lambda s: s.sendall(wire))
        if name == "length_over_close":
            page = self.good(name).encode()
            head = Reply(200, {"Content-Type": HTML, "Content-Length": str(len(page) * 3)}).head()
            return Reply(writer=lambda s: (s.sendall(head + page), s.shutdown(socket.SHUT_WR)))
        if name == "close_no_bytes":
            return Reply(writer=lambda s: None)
        if name.endswith("_bomb"):
            encoding = name.split("_")[0]
            return Reply(200, {"Content-Type": HTML, "Content-Encoding": encoding},
                         bomb(encoding))  # fmt: skip
        if name == "huge_stream":
            return Reply(writer=self.stream_forever)
        if name == "redirect_chain_10":
            hop = int(query.get("hop", ["0"])[0])
            if hop >= 10:
                return self.html(self.good(name))
            return Reply(302, {"Location": f"{path}?hop={hop + 1}"})
        if name == "redirect_loop_query":
            n = int(query.get("n", ["0"])[0])
            return Reply(301, {"Location": f"{self.base}{path}?n={n + 1}&t={n * 7919 % 1000}"})
        if name == "redirect_https_other":
            return Reply(301, {"Location": "https://other-host.example/news/item/1"})
        if name == "meta_refresh_other":
            page = ('<html><head><meta http-equiv="refresh" content="0; url=http://evil.example/'
                    'steal"></head><body></body></html>')  # fmt: skip
            return self.html(page)
        if name == "location_file":
            return Reply(302, {"Location": "file:///etc/passwd"})
        if name == "location_ftp":
            return Reply(302, {"Location": "ftp://127.0.0.1/pub/secret.txt"})
        if name == "png_as_html":
            png = b"\x89PNG\r\n\x1a\n" + b"\x00\x00\x00\rIHDR" + bytes(range(256)) * 40
            return Reply(200, {"Content-Type": "text/html"}, png)
        if name == "octet_stream_html":
            return Reply(200, {"Content-Type": "application/octet-stream"},
                         self.good(name).encode())  # fmt: skip
        if name == "nul_byte":
            n = _fault_n(name)
            paragraphs = thai_paragraphs(n)
            page = self.good(name).replace(paragraphs[0], paragraphs[0] + "\x00", 1)
            return self.html(page)
        if name == "utf16_bom":
            page = self.good(name).replace("charset=utf-8", "charset=utf-16")
            return Reply(200, {"Content-Type": "text/html"}, page.encode("utf-16"))
        if name == "unknown_charset":
            page = self.good(name, charset="x-unknown-charset")
            return Reply(200, {"Content-Type": "text/html; charset=x-unknown-charset"},
                         page.encode("utf-8"))  # fmt: skip
        if name == "nested_100k":
            page = "<html><body>" + "<div>" * 100_000 + "x" + "</div>" * 100_000 + "</body></html>"
            return self.html(page)
        if name == "thai_5mb_line":
            return self.html(self.good(name, [thai_line()]))
        if name == "huge_article":  # distinct paragraphs, streamed: no Content-Length
            lines = [f"ย่อหน้าที่ {i} " + thai_line(1)[:100_000] for i in range(150)]
            page = self.good(name, lines).encode()
            head = Reply(200, {"Content-Type": HTML}).head(length=False)
            return Reply(writer=lambda s: s.sendall(head + page))
        raise AssertionError(name)

    @staticmethod
    def stream_forever(sock: socket.socket) -> None:
        head = Reply(200, {"Content-Type": HTML}).head(length=False)
        chunk = ("<p>" + "ข้อมูล" * 20_000 + "</p>\n").encode()
        try:
            sock.sendall(head + b"<html><body>")
            for _ in range(2000):  # ~0.7 GB if nobody stops reading
                sock.sendall(chunk)
        except OSError:
            pass


def _fault_n(name: str) -> int:
    return 9000 + list(ARTICLE_FAULTS).index(name)


class _Handler(socketserver.StreamRequestHandler):
    """Read one request (line + headers, bounded), answer it, close."""

    server: _TCPServer

    def handle(self) -> None:
        line = self.rfile.readline(8192).decode("latin-1")
        headers: dict[str, str] = {}
        for _ in range(100):
            raw = self.rfile.readline(8192)
            if raw in (b"\r\n", b"\n", b""):
                break
            key, _, value = raw.decode("latin-1").partition(":")
            headers[key.strip().lower()] = value.strip()
        try:
            method, target, _ = line.split(" ", 2)
        except ValueError:
            return
        site = self.server.site
        self.server.hosts.add(headers.get("host", "").split(":")[0])
        with site.lock:
            site.hits[urlsplit(target).path] += 1
            self.server.log.append(target)
        reply = site.route(target)
        sock = self.connection
        try:
            if reply.writer is not None:
                reply.writer(sock)
            else:
                sock.sendall(reply.head() + (b"" if method == "HEAD" else reply.body))
        except OSError:
            pass


class _TCPServer(socketserver.ThreadingTCPServer):
    daemon_threads = True
    allow_reuse_address = True
    request_queue_size = 64
    site: FaultSiteB
    hosts: set[str]
    log: list[str]


class FaultServerB:
    """Serve a FaultSiteB on 127.0.0.1 (port 0) from a daemon thread; a context manager."""

    def __init__(self, site: FaultSiteB) -> None:
        self.site = site
        self.server = _TCPServer(("127.0.0.1", 0), _Handler)
        self.server.site = site
        self.server.hosts = set()
        self.server.log = []
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        site.base = self.url
        self.thread = threading.Thread(
            target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    @property
    def hosts(self) -> set[str]:
        return set(self.server.hosts)

    @property
    def log(self) -> list[str]:
        return list(self.server.log)

    def __enter__(self) -> FaultServerB:
        for encoding in ("gzip", "deflate", "br"):
            bomb(encoding)
        self.thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, value: BaseException | None,
                 tb: TracebackType | None) -> None:  # fmt: skip
        self.server.shutdown()
        self.server.server_close()
