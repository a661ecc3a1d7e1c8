"""One page to one article record, outside a crawl: the debugging path of `khaosan extract`."""

from __future__ import annotations

import http.cookiejar
import json
import re
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from crawler import settings
from crawler.content_coding import decoded_body
from crawler.frames import FRAME_TEXT_CHARS, inline_frame, text_frame
from crawler.items import Article
from crawler.link_header import with_header_canonical
from crawler.registry import UnknownSite, host_key, site_entry
from crawler.splash import INTRO_BYTES, enter_link
from pipelines.encoding import decode_html
from pipelines.layouts import Layout, Page, UnknownLayout, layout, read_article
from pipelines.layouts.split_pages import MAX_PARTS, next_part
from pipelines.normalize import body_text, normalize_article
from pipelines.parts import join_part

# Bytes read at most from a listing URL by `khaosan check` (a crawl's DOWNLOAD_MAXSIZE).
MAX_BYTES = 16 * 1024 * 1024
# Bytes an article page may have, from a file or a URL: a crawl's KHAOSAN_ARTICLE_MAXSIZE.
ARTICLE_MAX_BYTES = 8 * 1024 * 1024
# A URL scheme ("ftp://", "file:"): only http and https pages are fetched.
SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):(//|/)")
# Bytes looked at to tell a binary file from a page.
SNIFF_BYTES = 4096
QUIRK_RE = re.compile(r"^[a-z0-9][a-z0-9_]*$")  # what makes a fixture page special, as a name
# How a page's bytes are got: URL -> (bytes, Content-Type header, final URL).
Fetch = Callable[[str], tuple[bytes, str | None, str]]


class ExtractError(Exception):
    """A page that could not be read or extracted; the message is one line."""


class NoArticle(ExtractError):
    """A page read fine but with no article in it (no title, no body); carries the record."""

    def __init__(self, message: str, record: dict[str, Any]) -> None:
        super().__init__(message)
        self.record = record


def article_max_bytes() -> int:
    """Return the crawl's article size cap (crawler.settings.KHAOSAN_ARTICLE_MAXSIZE)."""
    return int(getattr(settings, "KHAOSAN_ARTICLE_MAXSIZE", ARTICLE_MAX_BYTES))


def check_target(target: str) -> str:
    """Return "url" for an http(s) URL, "file" for a path; raise ExtractError for other schemes.

    >>> check_target("https://example.go.th/1"), check_target("page.html")
    ('url', 'file')
    >>> check_target("file:///etc/passwd")
    Traceback (most recent call last):
    ...
    crawler.extract.ExtractError: not an http(s) URL: file:///etc/passwd
    """
    match = SCHEME.match(target)
    if match is None:
        return "file"
    if match.group(1).lower() in ("http", "https"):
        return "url"
    raise ExtractError(f"not an http(s) URL: {target}")


def check_page_bytes(body: bytes, name: str) -> None:
    """Raise ExtractError for bytes that cannot be a page: empty, or binary data."""
    if not body.strip():
        raise ExtractError(f"empty page: {name}")
    if b"\x00" in body[:SNIFF_BYTES]:
        raise ExtractError(f"binary data, not an HTML page: {name}")


def extract_bytes(
    body: bytes,
    *,
    url: str,
    cms: str | None = None,
    site: str | None = None,
    content_type: str | None = None,
    fetch: Fetch | None = None,
) -> dict[str, Any]:
    """Extract and normalise one page's bytes with a site's layout or a CMS family's.

    With *fetch* (how to get a URL's bytes), an article split over pages gets its later
    pages joined (fetched the same way)."""
    try:
        if site:
            entry = site_entry(site)
            family, key = entry.cms, entry.key
        else:
            family = cms or "generic"
            web = url.startswith(("http://", "https://"))
            key = (
                "file" if url.startswith("file:") else host_key(url if web else "http://localhost/")
            )
        reader = layout(family)
    except (UnknownSite, UnknownLayout) as error:
        raise ExtractError(str(error)) from None
    page = Page.from_bytes(body, content_type)
    article = read_article(reader, page, url, site=key)
    if fetch is not None:
        page, article = with_frame(page, article, reader, key, fetch)
    if page.problem:
        article.problems.append(page.problem)
    article = normalize_article(article)
    if fetch is not None:
        article = with_parts(article, page, reader, key, fetch)
    return article.record()


def with_frame(
    page: Page, article: Article, reader: Layout, site: str, fetch: Fetch
) -> tuple[Page, Article]:
    """Read an article page that prints its text in a same-site frame with the frame's text
    in place, as a crawl does (crawler.frames); any other page as it was read."""
    if len(body_text(article)) >= FRAME_TEXT_CHARS:
        return page, article
    target = text_frame(page.text, article.url)
    if target is None:
        return page, article
    try:
        frame_bytes, frame_type, _ = fetch(target)
    except ExtractError as error:
        article.problems.append(f"frame {target} not read: {error}")
        return page, article
    framed = inline_frame(
        page.text, article.url, target, Page.from_bytes(frame_bytes, frame_type).text
    )
    page = Page(text=framed, encoding=page.encoding, problem=page.problem)
    return page, read_article(reader, page, article.url, site=site)


def with_parts(article: Article, page: Page, reader: Layout, site: str, fetch: Fetch) -> Article:
    """Join the later pages of an article split over several, as a crawl does (a part that
    cannot be fetched or read ends the joining; the pages read so far stay)."""
    first = article.url
    read = [first]
    target = next_part(page, first, first=first, read=read)
    while target and len(read) < MAX_PARTS:
        try:
            body, content_type, final_url = fetch(target)
            page = Page.from_bytes(body, content_type)
            part = read_article(reader, page, final_url, site=site, listed_title=article.title)
        except (ExtractError, ValueError) as error:
            article.problems.append(f"part {target} not joined: {error}")
            break
        article = join_part(article, normalize_article(part))
        read.append(target)
        target = next_part(page, target, first=first, read=read)
    return article


def read_page(path: Path) -> bytes:
    """Read a saved page as raw bytes, so its encoding is detected, not assumed.

    Raises FileNotFoundError (a usage error) for a missing file, ExtractError otherwise.
    """
    limit = article_max_bytes()
    try:
        with path.open("rb") as handle:
            body = handle.read(limit + 1)
    except FileNotFoundError:
        raise FileNotFoundError(f"no such file: {path}") from None
    except IsADirectoryError:
        raise ExtractError(f"is a directory, not a page: {path}") from None
    except OSError as error:
        raise ExtractError(f"cannot read {path}: {error.strerror}") from None
    if len(body) > limit:
        raise ExtractError(f"page larger than {limit} bytes (KHAOSAN_ARTICLE_MAXSIZE): {path}")
    check_page_bytes(body, str(path))
    return body


# The language a crawl asks for (crawler.settings: Thai first).
LANGUAGE = {"Accept-Language": settings.DEFAULT_REQUEST_HEADERS["Accept-Language"]}
# Cookies kept across one command's requests (an intro page's, a cookie wall's), as a crawl does.
_OPENER = urllib.request.build_opener(
    urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
)


def fetch_url(url: str, entered: bool = False) -> tuple[bytes, str | None, str]:
    """Fetch one http(s) page: (its bytes, decompressed, Content-Type header, final URL).

    An intro page in front of the site is entered through its way in and *url* asked for
    again once, as a crawl does (crawler.splash)."""
    check_target(url)
    limit = article_max_bytes()
    request = urllib.request.Request(url, headers={"User-Agent": settings.USER_AGENT, **LANGUAGE})
    try:
        with _OPENER.open(request, timeout=settings.DOWNLOAD_TIMEOUT) as reply:
            coding = reply.headers.get("Content-Encoding")
            body = decoded_body(reply.read(limit + 1), coding, limit + 1)
            content_type = reply.headers.get("Content-Type")
            final_url = reply.geturl()
            links = reply.headers.get_all("Link") or []
    except (OSError, ValueError) as error:
        raise ExtractError(f"cannot fetch {url}: {error}") from None
    if len(body) > limit:
        raise ExtractError(f"page larger than {limit} bytes (KHAOSAN_ARTICLE_MAXSIZE): {url}")
    check_page_bytes(body, url)
    if not entered and len(body) <= INTRO_BYTES:
        way_in = enter_link(decode_html(body, content_type).text)
        if way_in is not None:
            fetch_url(urljoin(final_url, way_in), entered=True)  # (its cookie is what counts)
            return fetch_url(url, entered=True)
    return with_header_canonical(body, links, final_url), content_type, final_url


def with_article(record: dict[str, Any]) -> dict[str, Any]:
    """Return the record, or raise NoArticle when it has neither a title nor a body."""
    if not record.get("title") and not record.get("body"):
        raise NoArticle(
            f"no article found in the page (no title, no body): {record['url']}", record
        )
    return record


# Record fields a fixture leaves out: times of a run and the hash derived from the others.
RUN_FIELDS = ("content_hash", "first_seen_at", "last_seen_at")


def fixture_spec(
    record: dict[str, Any],
    *,
    url: str,
    cms: str,
    content_type: str | None,
    site: str | None = None,
    must: list[str] | None = None,
    must_not: list[str] | None = None,
    notes: str | None = None,
) -> dict[str, Any]:
    """Return the expected-JSON of a fixture page: its source and its whole record."""
    source = {"url": url, "content_type": content_type, "cms": cms}
    if site:
        source["site"] = site
    spec: dict[str, Any] = {
        "source": source,
        "expected": {k: v for k, v in record.items() if k not in RUN_FIELDS},
        "must": must or [],
        "must_not": must_not or [],
    }
    if notes:
        spec["notes"] = notes
    return spec


def dump_spec(spec: dict[str, Any]) -> str:
    """Return a fixture JSON as written: ensure_ascii=False, indent=2, sorted keys."""
    return json.dumps(spec, ensure_ascii=False, indent=2, sort_keys=True) + "\n"


def write_fixture(
    body: bytes,
    *,
    url: str,
    cms: str,
    content_type: str | None,
    quirk: str,
    fixtures: Path,
    site: str | None = None,
) -> tuple[Path, Path]:
    """Save a page's bytes as served and its record as tests/fixtures/<site>/article_<quirk>.*"""
    if not QUIRK_RE.match(quirk):
        raise ExtractError(f"quirk {quirk!r} must be lower_snake_case ascii")
    record = extract_bytes(body, url=url, cms=cms, site=site, content_type=content_type)
    if site:
        cms = site_entry(site).cms
    folder = fixtures / (site or host_key(url))
    page = folder / f"article_{quirk}.html"
    expected = page.with_suffix(".json")
    if page.exists() or expected.exists():
        raise ExtractError(f"fixture exists, not overwritten: {page}")
    folder.mkdir(parents=True, exist_ok=True)
    page.write_bytes(body)
    spec = fixture_spec(record, url=url, cms=cms, content_type=content_type, site=site)
    expected.write_text(dump_spec(spec), encoding="utf-8")
    return page, expected
