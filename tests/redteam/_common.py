"""Shared pieces of the red-team sites: article source data, Thai dates, a loopback server.

The sites are written blind (without reading the project's extractors).  Each site module
builds its article list from the thaigov-sample corpus texts (public domain, PyThaiNLP
thaigov-corpus) plus deterministic per-site metadata, renders pages in the markup of one
real-world CMS/theme, and writes the expected records from the same source data.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import html
import json
import random
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

CORPUS = Path("/work/shared/corpus/thaigov-sample/texts")
HERE = Path(__file__).resolve().parent
TZ = dt.timezone(dt.timedelta(hours=7))

MONTHS = [
    "มกราคม",
    "กุมภาพันธ์",
    "มีนาคม",
    "เมษายน",
    "พฤษภาคม",
    "มิถุนายน",
    "กรกฎาคม",
    "สิงหาคม",
    "กันยายน",
    "ตุลาคม",
    "พฤศจิกายน",
    "ธันวาคม",
]
MONTHS_ABBR = [
    "ม.ค.",
    "ก.พ.",
    "มี.ค.",
    "เม.ย.",
    "พ.ค.",
    "มิ.ย.",
    "ก.ค.",
    "ส.ค.",
    "ก.ย.",
    "ต.ค.",
    "พ.ย.",
    "ธ.ค.",
]
WEEKDAYS = ["วันจันทร์", "วันอังคาร", "วันพุธ", "วันพฤหัสบดี", "วันศุกร์", "วันเสาร์", "วันอาทิตย์"]
THAI_DIGITS = str.maketrans("0123456789", "๐๑๒๓๔๕๖๗๘๙")


def esc(s: str) -> str:
    return html.escape(s, quote=True)


def thai_digits(s) -> str:
    return str(s).translate(THAI_DIGITS)


def be(d: dt.datetime) -> int:
    return d.year + 543


def fmt_full(d: dt.datetime, zero=False) -> str:
    """'12 มกราคม 2566' (day zero-padded when zero=True)."""
    day = f"{d.day:02d}" if zero else str(d.day)
    return f"{day} {MONTHS[d.month - 1]} {be(d)}"


def fmt_abbr(d: dt.datetime, zero=False, short_year=False) -> str:
    day = f"{d.day:02d}" if zero else str(d.day)
    year = str(be(d))[-2:] if short_year else str(be(d))
    return f"{day} {MONTHS_ABBR[d.month - 1]} {year}"


def fmt_weekday(d: dt.datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}ที่ {d.day} {MONTHS[d.month - 1]} {be(d)}"


def iso(d: dt.datetime, with_time: bool) -> str:
    return d.isoformat() if with_time else d.date().isoformat()


# ---------------------------------------------------------------- corpus texts

_SIGNOFF = re.compile(r"^[\s.\-_=*•·]{5,}$")


def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\u200b", "")).strip()


def load_text(path: Path) -> tuple[str, list[str]]:
    """(headline, body paragraphs) from one corpus file: date line, print label, repeated
    headline, sign-off and source URL are dropped; at most 7 paragraphs, ~2,600 chars."""
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    title = _clean(re.sub(r"^รัฐบาลไทย-[^-]+-", "", lines[0]))
    paras: list[str] = []
    for raw in lines[1:]:
        line = _clean(raw)
        if not line or line == "พิมพ์" or line == title or line.startswith("ที่มา"):
            continue
        if _SIGNOFF.match(line):
            break
        if re.match(r"^วัน\S+ที่ \d+ \S+ \d{4}$", line):
            continue
        if len(line) < 25:
            continue
        paras.append(line)
        if len(paras) >= 7 or sum(map(len, paras)) > 2600:
            break
    return title, paras


def corpus_files() -> list[Path]:
    return sorted(CORPUS.glob("thaigov-*.txt"), key=lambda p: int(re.sub(r"\D", "", p.name)))


# ---------------------------------------------------------------- source data


@dataclass
class Article:
    id: int
    title: str
    paras: list[str]
    published: dt.datetime
    time_printed: bool
    modified: dt.datetime | None = None
    views: int | None = None
    source: str | None = None
    tags: list[str] = field(default_factory=list)
    path: str = ""
    extra: dict = field(default_factory=dict)

    def body_must(self) -> list[str]:
        """Three phrases from the real body: a run of 15-40 characters without spaces from
        the first, a middle and the last paragraph."""
        picks: list[str] = []
        for p in (self.paras[0], self.paras[len(self.paras) // 2], self.paras[-1]):
            chunks = [c for c in p.split(" ") if len(c) >= 15] or [p]
            c = chunks[len(chunks) // 2]
            phrase = c[:40]
            if phrase not in picks:
                picks.append(phrase)
        for p in self.paras:
            if len(picks) >= 3:
                break
            if p[:30] not in picks:
                picks.append(p[:30])
        return picks


OFFICES = [
    "สำนักงานประชาสัมพันธ์จังหวัด",
    "กลุ่มงานประชาสัมพันธ์",
    "กองประชาสัมพันธ์",
    "กลุ่มประชาสัมพันธ์และเผยแพร่ สำนักโฆษก",
    "สำนักงานเลขานุการกรม",
]
TAG_POOL = [
    "ประชาสัมพันธ์",
    "ผู้ว่าราชการจังหวัด",
    "เศรษฐกิจ",
    "การศึกษา",
    "สาธารณสุข",
    "เกษตรกร",
    "โควิด-19",
    "ท่องเที่ยว",
    "ความมั่นคง",
    "สังคม",
    "OTOP",
    "SMEs",
]


def make_articles(
    key: str, n: int, *, start: dt.datetime, offset: int = 0, rng_seed: int | None = None
) -> list[Article]:
    """n articles, newest first, from corpus texts; dates spaced 1-4 days apart."""
    rng = random.Random(rng_seed if rng_seed is not None else key)
    files = corpus_files()
    out: list[Article] = []
    when = start
    seen_titles = set()
    i = offset
    while len(out) < n:
        title, paras = load_text(files[i % len(files)])
        i += 1
        if title in seen_titles or len(paras) < 3:
            continue
        seen_titles.add(title)
        when = when - dt.timedelta(
            days=rng.randint(1, 4), hours=rng.randint(0, 5), minutes=rng.randint(0, 59)
        )
        when = when.replace(second=0, microsecond=0)
        if when.hour < 7:
            when = when.replace(hour=when.hour + 8)
        out.append(
            Article(
                id=0,
                title=title,
                paras=paras,
                published=when,
                time_printed=rng.random() < 0.6,
                modified=(
                    when
                    + dt.timedelta(
                        days=rng.randint(0, 9), hours=rng.randint(1, 20), minutes=rng.randint(0, 59)
                    )
                    if rng.random() < 0.5
                    else None
                ),
                views=rng.randint(12, 4800),
                source=None,
                tags=rng.sample(TAG_POOL, rng.randint(0, 3)),
            )
        )
    return out


def expected_record(
    a: Article,
    *,
    published_time: bool | None = None,
    modified: bool = True,
    modified_time: bool = True,
    views: bool = True,
    source: bool = True,
    tags: bool = True,
    must_not: list[str] = (),
) -> dict:
    tp = a.time_printed if published_time is None else published_time
    body = "\n".join(a.paras)
    must = a.body_must()
    for m in must:
        assert m in body, (a.title, m)
    must_not = [m for m in dict.fromkeys(must_not) if m and m not in body and m not in a.title]
    return {
        "url": a.path,
        "title": a.title,
        "published_at": iso(a.published, tp),
        "modified_at": iso(a.modified, modified_time) if (modified and a.modified) else None,
        "view_count": a.views if views else None,
        "source": a.source if source else None,
        "tags": list(a.tags) if tags else [],
        "body_must": must,
        "body_must_not": must_not,
    }


def write_expected(site, records: list[dict]) -> Path:
    out = HERE / site.key / "expected.json"
    out.parent.mkdir(exist_ok=True)
    doc = {
        "site": site.key,
        "imitates": site.imitates,
        "family": site.family,
        "listing": site.listing_path,
        "listing_pages": site.listing_pages(),
        "deleted": site.deleted_paths(),
        "note": "urls are paths relative to the server root (http://HOST:PORT)",
        "articles": records,
    }
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


# ---------------------------------------------------------------- server


class BaseSite:
    key = "base"
    family = "generic"
    imitates = ""
    listing_path = "/"
    charset = "utf-8"

    def listing_pages(self) -> list[str]:
        raise NotImplementedError

    def deleted_paths(self) -> list[str]:
        raise NotImplementedError

    def expected(self) -> list[dict]:
        raise NotImplementedError

    def robots(self) -> str:
        return "User-agent: *\nAllow: /\n"

    def route(self, path: str, query: dict[str, list[str]], raw_query: str, base: str):
        """-> (status, headers dict, body bytes) or None for 404.  base = http://host:port."""
        raise NotImplementedError

    def html_response(self, text: str, *, status=200, charset=None, content_type=None):
        cs = charset or self.charset
        ctype = content_type or f"text/html; charset={cs}"
        return status, {"Content-Type": ctype}, text.encode(cs)

    def write_expected(self) -> Path:
        return write_expected(self, self.expected())


_REQUEST = threading.local()


def request_headers() -> Any:
    """The headers of the request being answered (an empty dict outside a request): a route
    that answers by cookie or Accept-Language reads them here."""
    return getattr(_REQUEST, "headers", None) or {}


def _handler_for(site: BaseSite):
    class Handler(BaseHTTPRequestHandler):
        server_version = "Apache/2.4.41 (Ubuntu)"
        sys_version = ""

        def log_message(self, *a):  # quiet
            pass

        def _answer(self, head_only=False):
            parts = urlsplit(self.path)
            if parts.path == "/robots.txt":
                res = 200, {"Content-Type": "text/plain; charset=utf-8"}, site.robots().encode()
            else:
                try:
                    base = "http://" + (
                        self.headers.get("Host") or "{}:{}".format(*self.server.server_address[:2])
                    )
                    _REQUEST.headers = self.headers
                    try:
                        res = site.route(
                            parts.path,
                            parse_qs(parts.query, keep_blank_values=True),
                            parts.query,
                            base,
                        )
                    finally:
                        _REQUEST.headers = None
                except Exception as exc:  # a bug in a site must show, not hang
                    res = 500, {"Content-Type": "text/plain"}, repr(exc).encode()
            if res is None:
                res = (
                    404,
                    {"Content-Type": "text/html; charset=utf-8"},
                    b"<html><body><h1>Not Found</h1></body></html>",
                )
            status, headers, body = res
            self.send_response(status)
            for k, v in headers.items():
                self.send_header(k, v)
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if not head_only:
                self.wfile.write(body)

        def do_GET(self):
            self._answer()

        def do_HEAD(self):
            self._answer(head_only=True)

    return Handler


@contextlib.contextmanager
def serve(site: BaseSite, host: str = "127.0.0.1", port: int = 0):
    """Serve the site on host:port (0 = any free port); yields the base URL."""
    httpd = ThreadingHTTPServer((host, port), _handler_for(site))
    httpd.daemon_threads = True
    t = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    try:
        yield f"http://{host}:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def main(site: BaseSite, argv=None):
    import argparse
    import time

    ap = argparse.ArgumentParser(description=f"red-team site: {site.imitates}")
    ap.add_argument("--host", default="127.0.0.1")
    ap.add_argument("--port", type=int, default=0)
    ap.add_argument("--write-expected", action="store_true", help="write expected.json and exit")
    args = ap.parse_args(argv)
    if args.write_expected:
        print(site.write_expected())
        return
    with serve(site, args.host, args.port) as base:
        print(f"{site.key}: {base}{site.listing_path}", flush=True)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass


def paginate(items: list, per_page: int) -> list[list]:
    return [items[i : i + per_page] for i in range(0, len(items), per_page)]


def qs1(query: dict, name: str, default: str = "") -> str:
    v = query.get(name)
    return v[0] if v else default
