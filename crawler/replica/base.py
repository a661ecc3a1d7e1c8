"""What every replica site family shares: the Response value and the Family protocol."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from typing import Any, Protocol, runtime_checkable

# Charset label sentinel: "auto" = the label that matches the bytes (utf-8 / tis-620).
AUTO = "auto"
# The label a correctly configured server sends for each byte encoding.
CHARSET_LABELS = {"utf-8": "utf-8", "cp874": "tis-620"}


@dataclass(frozen=True, slots=True)
class Response:
    """One HTTP answer: status, headers, body bytes, and what kind of page it was (for logs)."""

    status: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b""
    kind: str = "other"  # listing, article, home, page, image, attachment, robots, missing, ...


@runtime_checkable
class Family(Protocol):
    """A replica site of one CMS family, mounted on a server under its path prefix."""

    prefix: str  # "/industry": the server hands it every path that starts with this

    def bind(self, base_url: str) -> None:
        """Learn the server's base URL ("http://127.0.0.1:PORT") for absolute URLs."""
        ...

    def routes(self, path: str, query: dict[str, list[str]]) -> Response | None:
        """Answer a GET for *path* (percent-decoded) and *query*; None means "not mine"."""
        ...

    def expected_articles(self) -> list[dict[str, Any]]:
        """Return the ground truth: one record per article the site serves."""
        ...

    @property
    def article_count(self) -> int:
        """Return how many articles the site serves now."""
        ...

    def set_article_count(self, count: int) -> None:
        """Publish or withdraw articles (newest end) while the server runs."""
        ...


def resolve_label(label: str | None, encoding: str) -> str | None:
    """Return the charset label to send for *label* (AUTO, None = none, or a literal label)."""
    if label == AUTO:
        return CHARSET_LABELS.get(encoding, encoding)
    return label


def html_response(
    text: str,
    *,
    status: int = 200,
    encoding: str = "utf-8",
    header_charset: str | None = AUTO,
    kind: str = "other",
    extra_headers: dict[str, str] | None = None,
) -> Response:
    """Encode an HTML page and label it; characters the encoding lacks become &#NNNN; refs."""
    body = text.encode(encoding, errors="xmlcharrefreplace")
    label = resolve_label(header_charset, encoding)
    content_type = f"text/html; charset={label}" if label else "text/html"
    headers = {"Content-Type": content_type}
    if extra_headers:
        headers.update(extra_headers)
    return Response(status=status, headers=headers, body=body, kind=kind)


def not_found_page(path: str) -> str:
    """Return a plain 404 page body in the style of Apache's default."""
    return (
        '<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n'
        "<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n"
        f"<p>The requested URL {escape(path)} was not found on this server.</p>\n"
        "</body></html>\n"
    )
