"""The article record and the crawl failure record: fields = SQLite columns."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from typing import Any

# Fields a layout sets for the normaliser only; never stored.
TRANSIENT_FIELDS = (
    "body_html",
    "body_element",
    "view_count_raw",
    "page_text",
    "listed_date_raw",
    "normalized",
    "next_part",
)


@dataclass(kw_only=True)
class Article:
    """One news article, from raw spider output to a stored row."""

    url: str
    site: str
    title: str | None = None
    published_at: str | None = None
    published_at_raw: str | None = None
    modified_at: str | None = None
    modified_at_raw: str | None = None
    body: str | None = None
    source: str | None = None
    view_count: int | None = None
    images: list[str] = field(default_factory=list)
    attachments: list[dict[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    category: str | None = None
    language: str | None = None
    content_hash: str | None = None
    first_seen_at: str | None = None
    last_seen_at: str | None = None
    problems: list[str] = field(default_factory=list)
    # Where published_at_raw was read: "date element: k2", "meta: article:published_time",
    # "printed: near title", "dateline: top of the text", "rest: date" ...
    published_source: str | None = None
    # transient
    body_html: str | None = None
    # The body as a detached lxml element (the layout's copy), cleaned in place by the
    # normaliser without a serialise-and-parse; a layout sets this or body_html, not both.
    body_element: Any = field(default=None, repr=False, compare=False)
    view_count_raw: str | None = None
    page_text: str | None = None
    # The date the listing printed beside the link to this page (a page may print none).
    listed_date_raw: str | None = None
    normalized: bool = False  # normalised already (by the extraction worker)
    # The address of the article's next page when it is split over pages (the crawl joins them).
    next_part: str | None = None

    def record(self) -> dict[str, Any]:
        """Return the stored shape: every public field, transient parts left out."""
        return {name: getattr(self, name) for name in RECORD_FIELDS}


RECORD_FIELDS: tuple[str, ...] = tuple(
    f.name for f in fields(Article) if f.name not in TRANSIENT_FIELDS
)


@dataclass(kw_only=True)
class CrawlFailure:
    """A page that could not be fetched or parsed; stored in the failures table."""

    url: str
    site: str
    kind: str  # http, timeout, dns, connection, parse, content_type, size, encoding, offsite, ...
    message: str
    http_status: int | None = None

    def record(self) -> dict[str, Any]:
        """Return the stored shape."""
        return {f.name: getattr(self, f.name) for f in fields(self)}


# Fields whose change makes a new version of an article (never view counts or seen times).
CONTENT_FIELDS = ("title", "body", "published_at", "modified_at", "source", "attachments")


def content_hash(record: Mapping[str, Any]) -> str:
    """Return the sha256 of a record's versioned parts.

    >>> content_hash({"title": "ข่าว"}) == content_hash({"title": "ข่าว", "view_count": 5})
    True
    """
    parts = [record.get(name) for name in CONTENT_FIELDS]
    text = json.dumps(parts, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
