"""RSS 2.0 / Atom feeds: safe parsing (no DTD, no entities) and the feeds a page declares."""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import urljoin
from xml.etree.ElementTree import Element, ParseError

import defusedxml.ElementTree as safe_et
from defusedxml import DefusedXmlException
from scrapy.http import TextResponse

# A DTD in the prolog (before the root element): feeds and sitemaps never need one, and a DTD
# is how entity bombs (billion laughs) and external entities get in, so it is refused.
DTD_RE = re.compile(rb"^\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<!DOCTYPE", re.S | re.I)
ROOT_RE = re.compile(rb"<([A-Za-z_][\w.:-]*)")
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/feed+json")
ATOM = "{http://www.w3.org/2005/Atom}"
XML_ROOTS = {
    "rss": "feed",
    "feed": "feed",
    "RDF": "feed",
    "urlset": "sitemap",
    "sitemapindex": "sitemap",
}


class UnsafeXml(ValueError):
    """An XML document with a DTD or entities: refused without parsing."""


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One feed item: its link, title and raw publication date."""

    url: str
    title: str | None
    published_raw: str | None


def has_dtd(body: bytes) -> bool:
    """Return whether an XML document declares a DTD (and so may define entities).

    >>> has_dtd(b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><rss/>')
    True
    >>> has_dtd(b'<?xml version="1.0"?><rss version="2.0"/>')
    False
    """
    return DTD_RE.match(body[:65536]) is not None or b"<!ENTITY" in body[:65536]


def xml_kind(body: bytes) -> str | None:
    """Return "feed", "sitemap" or None from the document's root element name.

    >>> xml_kind(b'<?xml version="1.0"?><urlset xmlns="x"><url/></urlset>')
    'sitemap'
    >>> xml_kind(b'<!DOCTYPE html><html></html>') is None
    True
    """
    head = body[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if not head.startswith(b"<"):
        return None
    for match in ROOT_RE.finditer(head):
        name = match.group(1).decode("ascii", "replace").rpartition(":")[2]
        if head[match.start() : match.start() + 2] in (b"<!", b"<?"):
            continue
        return XML_ROOTS.get(name)
    return None


def _text(el: Element | None) -> str | None:
    if el is None or el.text is None:
        return None
    return " ".join(el.text.split()) or None


def parse_feed(body: bytes, base_url: str = "") -> list[FeedEntry]:
    """Parse an RSS 2.0, RSS 1.0 or Atom feed without entity expansion; raise UnsafeXml on a DTD.

    >>> parse_feed('<rss version="2.0"><channel><item><title>ข่าว</title>'
    ...            '<link>http://a.go.th/1</link><pubDate>Wed, 03 Mar 2021 10:15:00 +0700</pubDate>'
    ...            '</item></channel></rss>'.encode())
    ... # doctest: +NORMALIZE_WHITESPACE
    [FeedEntry(url='http://a.go.th/1', title='ข่าว',
               published_raw='Wed, 03 Mar 2021 10:15:00 +0700')]
    """
    if has_dtd(body):
        raise UnsafeXml("feed declares a DTD; refused (entities are never expanded)")
    try:
        root = safe_et.fromstring(body, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except (DefusedXmlException, ParseError) as error:
        raise UnsafeXml(f"feed not parsed: {error}") from None
    entries: list[FeedEntry] = []
    if root.tag == f"{ATOM}feed":
        for entry in root.iter(f"{ATOM}entry"):
            href = None
            for link in entry.findall(f"{ATOM}link"):
                if link.get("rel", "alternate") == "alternate" and link.get("href"):
                    href = link.get("href")
                    break
            date_el = entry.find(f"{ATOM}published")
            if date_el is None:
                date_el = entry.find(f"{ATOM}updated")
            if href:
                entries.append(
                    FeedEntry(
                        urljoin(base_url, href.strip()),
                        _text(entry.find(f"{ATOM}title")),
                        _text(date_el),
                    )
                )
        return entries
    for item in root.iter():
        if item.tag.rpartition("}")[2] != "item":
            continue
        link = guid = title = published = None
        for child in item:
            name = child.tag.rpartition("}")[2]
            if name == "link" and not link:
                link = _text(child)
            elif name == "guid" and child.get("isPermaLink", "true") != "false":
                guid = _text(child)
            elif name == "title":
                title = _text(child)
            elif name in ("pubDate", "date") and not published:
                published = _text(child)
        url = link or guid
        if url:
            entries.append(FeedEntry(urljoin(base_url, url), title, published))
    return entries


def feed_links(response: TextResponse) -> list[str]:
    """Return the RSS/Atom feeds a page declares in <link rel="alternate">."""
    links = []
    for node in response.css('link[rel~="alternate"][href]'):
        kind = (node.attrib.get("type") or "").lower()
        if kind in FEED_TYPES[:2]:
            links.append(response.urljoin(node.attrib["href"].strip()))
    return list(dict.fromkeys(links))
