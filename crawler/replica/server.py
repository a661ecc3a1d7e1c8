"""ReplicaServer: a stdlib ThreadingHTTPServer on 127.0.0.1 hosting one or more replica sites."""

from __future__ import annotations

import json
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from crawler.replica.base import Family, Response, html_response, not_found_page

# Joomla's stock robots.txt rules for a site installed under /industry/: crawling news is allowed.
ROBOTS_ALLOW = """User-agent: *
Disallow: /industry/administrator/
Disallow: /industry/cache/
Disallow: /industry/installation/
Disallow: /industry/logs/
Disallow: /industry/tmp/
"""
ROBOTS_DISALLOW_ALL = "User-agent: *\nDisallow: /\n"
CONTROL_PREFIX = "/__replica__/"  # test control endpoint; never logged


@dataclass(frozen=True, slots=True)
class LoggedRequest:
    """One request the server answered (control requests are not logged)."""

    method: str
    target: str  # path and query as sent, e.g. /industry/index.php/th/...?start=10
    path: str  # percent-decoded path
    status: int
    kind: str
    site: str | None
    received: float = 0.0  # time.monotonic() when the handler got the request, before the page


class ReplicaServer:
    """Serve replica sites on 127.0.0.1 from a daemon thread; count every request."""

    handler_class: type[BaseHTTPRequestHandler]  # ReplicaHandler (set below its definition)

    def __init__(
        self,
        sites: Family | Iterable[Family] | None = None,
        *,
        host: str = "127.0.0.1",
        port: int = 0,
        robots: str | None = ROBOTS_ALLOW,
        disallow_all: bool = False,
    ) -> None:
        """Host *sites* (default: one K2Site); robots=None answers /robots.txt with 404."""
        if sites is None:
            from crawler.replica.k2 import K2Site

            sites = [K2Site()]
        elif isinstance(sites, Family):
            sites = [sites]
        self.sites: list[Family] = list(sites)
        if not self.sites:
            raise ValueError("a replica server needs at least one site")
        prefixes = [site.prefix for site in self.sites]
        if len(set(prefixes)) != len(prefixes):
            raise ValueError(f"two sites share a path prefix: {prefixes}")
        self.host = host
        self.port = port
        self.robots = ROBOTS_DISALLOW_ALL if disallow_all else robots
        self.request_log: list[LoggedRequest] = []
        self.request_counts: Counter[str] = Counter()
        self._log_lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        # Longest prefix first, so /industry/ranong wins over /industry.
        self._routing = sorted(self.sites, key=lambda site: len(site.prefix), reverse=True)

    # -- lifecycle -----------------------------------------------------------------------------

    @property
    def site(self) -> Any:
        """Return the first (usually the only) site."""
        return self.sites[0]

    @property
    def url(self) -> str:
        """Return the base URL, "http://127.0.0.1:PORT"."""
        if self._httpd is None:
            raise RuntimeError("the replica server is not started")
        port = self._httpd.server_address[1]
        return f"http://{self.host}:{port}"

    def start(self) -> ReplicaServer:
        """Bind the port, tell each site its base URL and serve from a daemon thread."""
        if self._httpd is not None:
            return self
        self._httpd = ThreadingHTTPServer((self.host, self.port), self.handler_class)
        self._httpd.replica = self  # type: ignore[attr-defined]  # what the handler serves
        self._httpd.daemon_threads = True
        for site in self.sites:
            site.bind(self.url)
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.1},
            name=f"replica-{self._httpd.server_address[1]}",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and free the port."""
        httpd, thread = self._httpd, self._thread
        if httpd is None:
            return
        httpd.shutdown()
        httpd.server_close()
        if thread is not None:
            thread.join(timeout=5)
        self._httpd = self._thread = None

    def serve_forever(self) -> None:
        """Serve in the calling thread until stopped (used by ``python -m crawler.replica``)."""
        self.start()
        assert self._thread is not None
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(timeout=0.5)

    def __enter__(self) -> ReplicaServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    # -- request accounting --------------------------------------------------------------------

    def record(self, entry: LoggedRequest) -> None:
        """Append one answered request to the log (thread-safe)."""
        with self._log_lock:
            self.request_log.append(entry)
            self.request_counts[entry.target] += 1

    def reset_log(self) -> None:
        """Forget every logged request."""
        with self._log_lock:
            self.request_log.clear()
            self.request_counts.clear()

    def count(self, kind: str | None = None, *, status: int | None = None) -> int:
        """Return how many requests were answered, optionally of one kind and status."""
        with self._log_lock:
            return sum(
                1
                for entry in self.request_log
                if (kind is None or entry.kind == kind)
                and (status is None or entry.status == status)
            )

    def stats(self) -> dict[str, Any]:
        """Return request totals by kind, status and target (JSON-able)."""
        with self._log_lock:
            log = list(self.request_log)
            by_target = dict(self.request_counts)
        return {
            "requests": len(log),
            "by_kind": dict(Counter(entry.kind for entry in log)),
            "by_status": {str(k): v for k, v in Counter(entry.status for entry in log).items()},
            "by_target": by_target,
        }

    # -- dispatch ------------------------------------------------------------------------------

    def dispatch(self, target: str) -> tuple[Response, str | None]:
        """Answer a GET for *target* (path + query); return the response and the site key."""
        parts = urlsplit(target)
        path = unquote(parts.path)
        query = parse_qs(parts.query, keep_blank_values=True)
        if path == "/robots.txt":
            if self.robots is None:
                return _not_found(path), None
            body = self.robots.encode("utf-8")
            headers = {"Content-Type": "text/plain; charset=utf-8"}
            return Response(status=200, headers=headers, body=body, kind="robots"), None
        for site in self._routing:
            if path.startswith(site.prefix):
                response = site.routes(path, query)
                if response is not None:
                    return response, getattr(site, "site_key", site.prefix)
        return _not_found(path), None

    def control(self, target: str) -> Response:
        """Answer the test control endpoint: articles, expected, stats, reset."""
        parts = urlsplit(target)
        command = parts.path[len(CONTROL_PREFIX) :].strip("/")
        query = parse_qs(parts.query)
        try:
            site = self.sites[int(query.get("site", ["0"])[0])]
            if command == "articles":
                if "count" in query:
                    site.set_article_count(int(query["count"][0]))
                elif "publish" in query:
                    site.set_article_count(site.article_count + int(query["publish"][0]))
                payload: Any = {"count": site.article_count}
            elif command == "expected":
                payload = site.expected_articles()
            elif command == "stats":
                payload = self.stats()
            elif command == "reset":
                self.reset_log()
                payload = {"reset": True}
            else:
                return _json({"error": f"unknown command {command!r}"}, 404)
        except (ValueError, IndexError) as error:
            return _json({"error": str(error)}, 400)
        return _json(payload, 200)


class ReplicaHandler(BaseHTTPRequestHandler):
    """Route each request through the owning ReplicaServer."""

    server_version = "Apache/2.4.29 (Ubuntu)"
    sys_version = ""
    protocol_version = "HTTP/1.1"  # keep-alive, as crawlers expect
    timeout = 30  # idle keep-alive connections end instead of holding a thread forever

    @property
    def replica(self) -> ReplicaServer:
        """Return the ReplicaServer this request came to."""
        return self.server.replica  # type: ignore[attr-defined, no-any-return]

    def do_GET(self) -> None:  # noqa: N802 (stdlib name)
        self._answer(send_body=True)

    def do_HEAD(self) -> None:  # noqa: N802 (stdlib name)
        self._answer(send_body=False)

    def do_POST(self) -> None:  # noqa: N802 (stdlib name)
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        self._answer(send_body=True)

    def _answer(self, *, send_body: bool) -> None:
        target = self.path
        received = time.monotonic()
        if target.startswith(CONTROL_PREFIX):
            self._send(self.replica.control(target), send_body)
            return
        response, site = self.replica.dispatch(target)
        self.replica.record(
            LoggedRequest(
                method=self.command,
                target=target,
                path=unquote(urlsplit(target).path),
                status=response.status,
                kind=response.kind,
                site=site,
                received=received,
            )
        )
        self._send(response, send_body)

    def _send(self, response: Response, send_body: bool) -> None:
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if send_body:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 (stdlib signature)
        """Stay quiet: the request log is kept in memory, not printed."""


def _not_found(path: str) -> Response:
    response = html_response(not_found_page(path), status=404, kind="missing")
    return response


def _json(payload: Any, status: int) -> Response:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    headers = {"Content-Type": "application/json; charset=utf-8"}
    return Response(status=status, headers=headers, body=body, kind="control")


ReplicaServer.handler_class = ReplicaHandler
